#include "num/rational.hpp"

#include <fmt/format.h>

namespace planc {

namespace {
i128 gcd128(i128 a, i128 b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    i128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}
constexpr i128 kMax = INT64_MAX;

bool mul_ok(i128 a, i128 b, i128& out) { return !__builtin_mul_overflow(a, b, &out); }
}  // namespace

Rational Rational::make(i128 n, i128 d) {
  if (d == 0) throw DivideByZero();
  if (d < 0) { n = -n; d = -d; }
  i128 g = gcd128(n, d);
  if (g > 1) { n /= g; d /= g; }
  if (n > kMax || n < -kMax || d > kMax) throw Overflow();
  Rational r;
  r.num_ = static_cast<std::int64_t>(n);
  r.den_ = static_cast<std::int64_t>(d);
  return r;
}

Rational operator+(Rational a, Rational b) {
  if (a.den_ == b.den_) return Rational::make(static_cast<i128>(a.num_) + b.num_, a.den_);
  i128 x, y, d;
  if (!mul_ok(a.num_, b.den_, x) || !mul_ok(b.num_, a.den_, y) || !mul_ok(a.den_, b.den_, d))
    throw Overflow();
  return Rational::make(x + y, d);
}
Rational operator-(Rational a, Rational b) { return a + Rational::make(-static_cast<i128>(b.num_), b.den_); }
Rational operator*(Rational a, Rational b) {
  // Cross-reduce first to keep intermediates small.
  i128 g1 = gcd128(a.num_, b.den_), g2 = gcd128(b.num_, a.den_);
  if (g1 == 0) g1 = 1;
  if (g2 == 0) g2 = 1;
  return Rational::make((a.num_ / g1) * static_cast<i128>(b.num_ / g2),
                       (a.den_ / g2) * static_cast<i128>(b.den_ / g1));
}
Rational operator/(Rational a, Rational b) {
  if (b.num_ == 0) throw DivideByZero();
  return a * Rational::make(b.den_, b.num_);
}

Rational pow10(int places) {
  i128 p = 1;
  for (int i = 0; i < places; ++i) p *= 10;
  return Rational::make(p, 1);
}

Rational Rational::floor() const {
  i128 q = num_ / den_;
  if (num_ % den_ != 0 && num_ < 0) --q;
  return make(q, 1);
}

Rational Rational::round(int places) const {
  i128 scale = 1;
  for (int i = 0; i < places; ++i) scale *= 10;
  i128 n = static_cast<i128>(num_) * scale;  // |num_| < 2^63, scale <= 10^18 fits
  i128 d = den_;
  i128 a = n < 0 ? -n : n;
  i128 q = (2 * a + d) / (2 * d);  // half away from zero
  return make(n < 0 ? -q : q, scale);
}

std::string Rational::to_fixed(int places) const {
  // Long division in 128 bits: never overflows for places <= 18.
  i128 scale = 1;
  for (int i = 0; i < places; ++i) scale *= 10;
  i128 n = num_, dd = den_;
  bool neg = n < 0;
  if (neg) n = -n;
  i128 q = (2 * n * scale + dd) / (2 * dd);  // half away from zero
  auto ip = static_cast<std::uint64_t>(q / scale);
  auto fp = static_cast<std::uint64_t>(q % scale);
  std::string s = (neg && q != 0) ? "-" : "";
  s += fmt::format("{}", ip);
  if (places > 0) s += fmt::format(".{:0{}}", fp, places);
  return s;
}

bool Rational::is_finite_decimal() const {
  std::int64_t d = den_;
  while (d % 2 == 0) d /= 2;
  while (d % 5 == 0) d /= 5;
  return d == 1;
}

std::string Rational::to_decimal(int min_places, int max_places) const {
  int places = min_places;
  i128 scale = 1;
  for (int i = 0; i < places; ++i) scale *= 10;
  for (; places < max_places; ++places, scale *= 10)
    if ((static_cast<i128>(num_ < 0 ? -num_ : num_) * scale) % den_ == 0) break;
  return to_fixed(places);
}

std::string Rational::to_fraction() const {
  if (den_ == 1) return fmt::format("{}", num_);
  return fmt::format("{}/{}", num_, den_);
}

std::optional<Rational> Rational::parse_decimal(std::string_view s) {
  bool neg = false;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) { neg = s[i] == '-'; ++i; }
  i128 n = 0, d = 1;
  bool digits = false, frac = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',' && !frac) continue;
    if (c == '.' && !frac) { frac = true; continue; }
    if (c < '0' || c > '9') return std::nullopt;
    digits = true;
    n = n * 10 + (c - '0');
    if (frac) d *= 10;
    if (n > kMax || d > static_cast<i128>(1'000'000'000'000'000'000LL)) throw Overflow();
  }
  if (!digits) return std::nullopt;
  return make(neg ? -n : n, d);
}

}  // namespace planc
