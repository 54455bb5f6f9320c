#include "num/rational.hpp"

#include <fmt/format.h>

#include <optional>

namespace planc {

namespace {

__extension__ using u128 = unsigned __int128;  // as i128 (rational.hpp): GCC/Clang, -Wpedantic quiet

// Binary GCD (Stein): shifts and subtractions instead of a division per step.
std::uint64_t gcd64(std::uint64_t a, std::uint64_t b) {
  if (a == 0) return b;
  if (b == 0) return a;
  if (a == 1 || b == 1) return 1;  // an integer's denominator, a unit fraction's numerator: the loop would take a step per bit
  int shift = __builtin_ctzll(a | b);
  a >>= __builtin_ctzll(a);
  do {
    b >>= __builtin_ctzll(b);
    if (a > b) std::swap(a, b);
    b -= a;
  } while (b != 0);
  return a << shift;
}

i128 gcd128(i128 a, i128 b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  if (a <= static_cast<i128>(UINT64_MAX) && b <= static_cast<i128>(UINT64_MAX))  // the common case: 64-bit division
    return static_cast<i128>(gcd64(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b)));
  while (b != 0) {
    i128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}
constexpr i128 kMax = INT64_MAX;

mpz_class mpz_from(i128 v) {
  bool neg = v < 0;
  u128 u = neg ? static_cast<u128>(-(v + 1)) + 1 : static_cast<u128>(v);
  mpz_class hi(static_cast<unsigned long>(static_cast<std::uint64_t>(u >> 64)));
  mpz_class lo(static_cast<unsigned long>(static_cast<std::uint64_t>(u)));
  mpz_class r = (hi << 64) + lo;
  return neg ? mpz_class(-r) : r;
}

mpz_class pow10z(int places) {
  mpz_class p;
  mpz_ui_pow_ui(p.get_mpz_t(), 10, static_cast<unsigned long>(places));
  return p;
}

}  // namespace

Rational Rational::from_mpq(mpq_class q) {
  q.canonicalize();
  if (mpz_sizeinbase(q.get_num_mpz_t(), 2) > kMaxBits || mpz_sizeinbase(q.get_den_mpz_t(), 2) > kMaxBits)
    throw Overflow();
  Rational r;
  if (q.get_num().fits_slong_p() && q.get_den().fits_slong_p()) {
    r.num_ = q.get_num().get_si();
    r.den_ = q.get_den().get_si();
    return r;
  }
  r.num_ = static_cast<std::int64_t>(reinterpret_cast<std::intptr_t>(new Wide{1, std::move(q)}));
  r.den_ = 0;
  return r;
}

mpq_class Rational::to_mpq() const {
  if (big()) return *big();
  return mpq_class(mpz_class(static_cast<long>(num_)), mpz_class(static_cast<long>(den_)));
}

Rational Rational::make(i128 n, i128 d) {
  if (d == 0) throw DivideByZero();
  if (d < 0) {
    n = -n;
    d = -d;
  }
  if (n >= -kMax && n <= kMax && d <= kMax) {  // the common case: 64-bit arithmetic only
    auto a = static_cast<std::int64_t>(n), b = static_cast<std::int64_t>(d);
    if (b == 1) {  // an integer: nothing to reduce
      Rational r;
      r.num_ = a;
      return r;
    }
    auto g = static_cast<std::int64_t>(gcd64(static_cast<std::uint64_t>(a < 0 ? -a : a), static_cast<std::uint64_t>(b)));
    Rational r;
    r.num_ = g > 1 ? a / g : a;
    r.den_ = g > 1 ? b / g : b;
    return r;
  }
  i128 g = gcd128(n, d);
  if (g > 1) {
    n /= g;
    d /= g;
  }
  if (n > kMax || n < -kMax || d > kMax) return from_mpq(mpq_class(mpz_from(n), mpz_from(d)));
  Rational r;
  r.num_ = static_cast<std::int64_t>(n);
  r.den_ = static_cast<std::int64_t>(d);
  return r;
}

Rational Rational::make_reduced(i128 n, i128 d) {
  if (n == 0) return Rational(0);
  if (n >= -kMax && n <= kMax && d <= kMax) {
    Rational r;
    r.num_ = static_cast<std::int64_t>(n);
    r.den_ = static_cast<std::int64_t>(d);
    return r;
  }
  return from_mpq(mpq_class(mpz_from(n), mpz_from(d)));
}

int Rational::compare_wide(std::int64_t k) const {
  int c = cmp(to_mpq(), mpq_class(static_cast<long>(k)));
  return (c > 0) - (c < 0);
}

std::optional<std::int64_t> Rational::to_int64() const {
  if (big() || den_ != 1) return std::nullopt;
  return num_;
}

Rational operator+(const Rational& a, const Rational& b) {
  if (!a.big() && !b.big()) {
    if (a.den_ == b.den_) return Rational::make(static_cast<i128>(a.num_) + b.num_, a.den_);
    // |num| < 2^63 and 0 < den < 2^63: each product fits in 127 bits, their sum in 128.
    i128 x = static_cast<i128>(a.num_) * b.den_, y = static_cast<i128>(b.num_) * a.den_;
    i128 d = static_cast<i128>(a.den_) * b.den_;
    // Denominators with no common factor give a sum already in lowest terms
    // (a prime of a.den divides y but not x, and the reverse): no gcd to take.
    if (gcd64(static_cast<std::uint64_t>(a.den_), static_cast<std::uint64_t>(b.den_)) == 1)
      return Rational::make_reduced(x + y, d);
    return Rational::make(x + y, d);
  }
  return Rational::from_mpq(a.to_mpq() + b.to_mpq());
}

Rational operator-(const Rational& a, const Rational& b) {
  if (!a.big() && !b.big() && b.num_ != INT64_MIN) {
    Rational nb;
    nb.num_ = -b.num_;
    nb.den_ = b.den_;
    return a + nb;
  }
  return Rational::from_mpq(a.to_mpq() - b.to_mpq());
}

Rational operator*(const Rational& a, const Rational& b) {
  if (!a.big() && !b.big()) {
    // Cross-reduce first to keep intermediates small, in 64 bits (|num| <
    // 2^63 and den > 0, so each gcd is at least 1); 64 × 64 bits fit in 128.
    auto uabs = [](std::int64_t v) { return v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v); };
    auto g1 = static_cast<std::int64_t>(gcd64(uabs(a.num_), static_cast<std::uint64_t>(b.den_)));
    auto g2 = static_cast<std::int64_t>(gcd64(uabs(b.num_), static_cast<std::uint64_t>(a.den_)));
    // Both factors in lowest terms and their cross factors taken out: the
    // product is in lowest terms (no gcd to take again).
    // (A division is dear: none where a gcd is 1, as it mostly is.)
    std::int64_t an = a.num_, bd = b.den_, bn = b.num_, ad = a.den_;
    if (g1 != 1) an /= g1, bd /= g1;
    if (g2 != 1) bn /= g2, ad /= g2;
    return Rational::make_reduced(static_cast<i128>(an) * bn, static_cast<i128>(ad) * bd);
  }
  return Rational::from_mpq(a.to_mpq() * b.to_mpq());
}

Rational operator/(const Rational& a, const Rational& b) {
  if (b.is_zero()) throw DivideByZero();
  if (!a.big() && !b.big() && b.num_ != INT64_MIN) {
    Rational inverse;  // b's reciprocal, in lowest terms as b is: only its sign moves
    inverse.num_ = b.num_ < 0 ? -b.den_ : b.den_;
    inverse.den_ = b.num_ < 0 ? -b.num_ : b.num_;
    return a * inverse;
  }
  return Rational::from_mpq(a.to_mpq() / b.to_mpq());
}

bool operator==(const Rational& a, const Rational& b) {
  if (!a.big() && !b.big()) return a.num_ == b.num_ && a.den_ == b.den_;
  if (a.big() && b.big()) return *a.big() == *b.big();
  return false;  // canonical: a big value never equals a small one
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
  if (!a.big() && !b.big()) {
    i128 l = static_cast<i128>(a.num_) * b.den_;
    i128 r = static_cast<i128>(b.num_) * a.den_;
    return l <=> r;
  }
  int c = cmp(a.to_mpq(), b.to_mpq());
  return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

void RationalSum::add(const Rational& x) {
  constexpr i128 kLimit = static_cast<i128>(1) << 126;  // |num_| stays below: no sum or product of two terms overflows
  if (rest_.empty() && !x.is_big()) {
    std::int64_t b = x.den_;
    std::int64_t q = den_ / b;  // the term's factor to the common denominator
    bool fits = true;
    if (q * b != den_) {  // the common denominator grows to lcm(den_, b)
      auto g = static_cast<std::int64_t>(gcd64(static_cast<std::uint64_t>(den_), static_cast<std::uint64_t>(b)));
      i128 lcm = static_cast<i128>(den_ / g) * b;
      i128 scaled = 0;
      fits = lcm <= kMax && !__builtin_mul_overflow(num_, static_cast<i128>(b / g), &scaled) && scaled < kLimit &&
             scaled > -kLimit;
      if (fits) {
        num_ = scaled;
        q = den_ / g;
        den_ = static_cast<std::int64_t>(lcm);
      }
    }
    if (fits) {
      i128 sum = num_ + static_cast<i128>(x.num_) * q;  // |term| < 2^126: no overflow
      if (sum < kLimit && sum > -kLimit) {
        num_ = sum;
        return;
      }
    }
  }
  rest_.push_back(x);
}

Rational RationalSum::value() {
  Rational first = Rational::make(num_, den_);
  if (rest_.empty()) return first;
  std::vector<Rational>& xs = rest_;
  for (std::size_t width = 1; width < xs.size(); width *= 2)
    for (std::size_t i = 0; i + width < xs.size(); i += 2 * width) xs[i] = xs[i] + xs[i + width];
  Rational total = first + xs[0];
  rest_.clear();
  num_ = 0;
  den_ = 1;
  return total;
}

Rational pow10(int places) { return Rational::from_mpq(mpq_class(pow10z(places))); }

Rational Rational::floor() const {
  if (!big()) {
    i128 q = num_ / den_;
    if (num_ % den_ != 0 && num_ < 0) --q;
    return make(q, 1);
  }
  mpz_class q;
  mpz_fdiv_q(q.get_mpz_t(), big()->get_num_mpz_t(), big()->get_den_mpz_t());
  return from_mpq(mpq_class(q));
}

namespace {
// |v| × 10^places rounded half away from zero, with the sign of v.
mpz_class scaled_round(const mpq_class& v, int places) {
  mpz_class n = abs(v.get_num()) * pow10z(places);
  mpz_class d = v.get_den();
  mpz_class q = (2 * n + d) / (2 * d);
  return sgn(v) < 0 ? mpz_class(-q) : q;
}
}  // namespace

Rational Rational::round(int places) const {
  if (!big() && places <= 18) {
    i128 scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    i128 n = static_cast<i128>(num_) * scale;  // |num_| < 2^63, scale <= 10^18: fits
    i128 a = n < 0 ? -n : n;
    i128 q = (2 * a + den_) / (2 * static_cast<i128>(den_));  // half away from zero
    return make(n < 0 ? -q : q, scale);
  }
  return from_mpq(mpq_class(scaled_round(to_mpq(), places), pow10z(places)));
}

namespace {
// n ÷ d × scale rounded half away from zero, when it fits 64 bits: 64-bit
// division for the usual figures (a few digits, two places), 128-bit else.
std::optional<std::uint64_t> scaled_quotient(std::uint64_t n, std::uint64_t d, std::uint64_t scale) {
  std::uint64_t ns, twice, sum;
  if (!__builtin_mul_overflow(n, scale, &ns) && !__builtin_mul_overflow(ns, std::uint64_t{2}, &twice) &&
      !__builtin_add_overflow(twice, d, &sum) && d <= (std::uint64_t{1} << 62))
    return sum / (2 * d);
  u128 q = (2 * static_cast<u128>(n) * scale + d) / (2 * static_cast<u128>(d));  // n < 2^63, scale <= 10^18: fits
  if (q >> 64) return std::nullopt;
  return static_cast<std::uint64_t>(q);
}
}  // namespace

std::string Rational::to_fixed(int places) const {
  std::string digits;
  bool neg = false;
  if (!big() && places <= 18) {
    std::uint64_t scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    auto n = static_cast<std::uint64_t>(num_ < 0 ? -num_ : num_);
    if (auto q = scaled_quotient(n, static_cast<std::uint64_t>(den_), scale)) {
      fmt::format_int ip(*q / scale);
      std::string s;
      s.reserve(ip.size() + static_cast<std::size_t>(places) + 2);
      if (num_ < 0 && *q != 0) s += '-';
      s.append(ip.data(), ip.size());
      if (places > 0) {
        fmt::format_int fp(*q % scale);
        s += '.';
        s.append(static_cast<std::size_t>(places) - fp.size(), '0');
        s.append(fp.data(), fp.size());
      }
      return s;
    }
  }
  mpz_class q = scaled_round(to_mpq(), places);
  neg = sgn(q) < 0;
  digits = mpz_class(::abs(q)).get_str();
  if (places > 0) {
    if (digits.size() <= static_cast<std::size_t>(places)) digits.insert(0, places + 1 - digits.size(), '0');
    digits.insert(digits.size() - places, ".");
  }
  return (neg ? "-" : "") + digits;
}

bool Rational::is_finite_decimal() const {
  mpz_class d = big() ? big()->get_den() : mpz_class(static_cast<long>(den_));
  while (mpz_divisible_ui_p(d.get_mpz_t(), 2)) d /= 2;
  while (mpz_divisible_ui_p(d.get_mpz_t(), 5)) d /= 5;
  return d == 1;
}

std::string Rational::to_decimal(int min_places, int max_places) const {
  int places = min_places;
  if (!big()) {
    // The remainder of |num| × 10^places by den, one place after another:
    // the first places (from min_places) at which it is 0 are enough.
    auto d = static_cast<std::uint64_t>(den_);
    std::uint64_t r = static_cast<std::uint64_t>(num_ < 0 ? -num_ : num_) % d;
    auto next = [d](std::uint64_t x) {  // x × 10 mod d, without overflow
      return d <= (std::uint64_t{1} << 59) ? x * 10 % d
                                          : static_cast<std::uint64_t>(static_cast<u128>(x) * 10 % d);
    };
    for (int i = 0; i < places; ++i) r = next(r);
    for (; places < max_places && places < 18 && r != 0; ++places) r = next(r);
    return to_fixed(places);
  }
  mpz_class n = ::abs(big()->get_num()) * pow10z(places);
  mpz_class d = big()->get_den();
  for (; places < max_places; ++places, n *= 10)
    if (mpz_divisible_p(n.get_mpz_t(), d.get_mpz_t())) break;
  return to_fixed(places);
}

std::string Rational::to_fraction() const {
  if (big()) return big()->get_den() == 1 ? big()->get_num().get_str() : big()->get_str();
  if (den_ == 1) return fmt::format("{}", num_);
  return fmt::format("{}/{}", num_, den_);
}

std::optional<Rational> Rational::parse_decimal(std::string_view s) {
  // The usual number: a whole number of up to 18 digits (a target, a result,
  // a fraction's parts), read without the general loop below.
  if (!s.empty() && s.size() <= 18) {
    std::int64_t n = 0;
    std::size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) n = n * 10 + (s[i] - '0');
    if (i == s.size()) return Rational(n);
  }
  bool neg = false;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
    neg = s[i] == '-';
    ++i;
  }
  // Up to 18 digits accumulate in 64 bits (the usual case, no allocation);
  // longer numbers go to GMP.
  std::int64_t small = 0;
  std::string digits;
  int frac = 0, count = 0;
  bool dot = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',' && !dot) continue;
    if (c == '.' && !dot) {
      dot = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (++count > kMaxDigits) throw Overflow();
    if (count <= 18) small = small * 10 + (c - '0');
    else {
      if (count == 19) digits = fmt::format("{:018}", small);  // the 18 digits so far, leading zeros kept
      digits += c;
    }
    if (dot) ++frac;
  }
  if (count == 0) return std::nullopt;
  if (count <= 18) {
    i128 n = small, d = 1;
    for (int k = 0; k < frac; ++k) d *= 10;
    return make(neg ? -n : n, d);
  }
  mpz_class n(digits, 10);  // base 10: a leading 0 is not octal
  return from_mpq(mpq_class(neg ? mpz_class(-n) : n, pow10z(frac)));
}

}  // namespace planc
