// Exact rational numbers for weights, scores and money.
//
// The fast path keeps a 64-bit numerator and denominator (always reduced,
// denominator > 0) and computes in 128 bits; a Rational is 16 bytes, copied
// without touching the heap. A result that does not fit is not
// an error: it widens to an arbitrary-precision fraction (GMP's mpq), and
// narrows back when a later result fits again. Only a number beyond
// kMaxBits bits (numerator or denominator) throws Overflow: that bounds memory
// and time on hostile input, and becomes a diagnostic (E024, E132), never a
// silently wrong figure. Binary floating point is never used.
#pragma once
#include <atomic>
#include <compare>
#include <cstdint>
#include <utility>
#include <optional>
#include <vector>
#include <stdexcept>
#include <string>
#include <string_view>

#include <gmpxx.h>

namespace planc {

__extension__ using i128 = __int128;  // 128-bit intermediates (GCC/Clang)

struct Overflow : std::runtime_error {
  Overflow() : std::runtime_error("number too large for exact arithmetic") {}
};
struct DivideByZero : std::runtime_error {
  DivideByZero() : std::runtime_error("division by zero") {}
};

class Rational {
 public:
  static constexpr std::size_t kMaxBits = 1024;  // ~308 decimal digits
  static constexpr int kMaxDigits = 60;          // digits accepted in a written number

  Rational() = default;
  Rational(std::int64_t n) : num_(n), den_(1) {}  // NOLINT: implicit by design
  Rational(const Rational& o) : num_(o.num_), den_(o.den_) { retain(); }
  Rational(Rational&& o) noexcept : num_(o.num_), den_(o.den_) {
    o.num_ = 0;
    o.den_ = 1;
  }
  Rational& operator=(const Rational& o) {
    if (this != &o) {
      Rational t(o);
      swap(t);
    }
    return *this;
  }
  Rational& operator=(Rational&& o) noexcept {
    swap(o);
    return *this;
  }
  ~Rational() { release(); }
  void swap(Rational& o) noexcept {
    std::swap(num_, o.num_);
    std::swap(den_, o.den_);
  }
  static Rational make(i128 n, i128 d);           // reduces; throws DivideByZero
  // n/d already in lowest terms with d > 0 (as the arithmetic below proves
  // its results to be): no gcd, only the check that it fits in 64 bits.
  static Rational make_reduced(i128 n, i128 d);
  static Rational from_mpq(mpq_class q);          // canonicalises; throws Overflow past kMaxBits

  bool is_zero() const { return big() ? sgn(*big()) == 0 : num_ == 0; }
  bool is_integer() const { return den_ == 1 || (big() && big()->get_den() == 1); }
  int sign() const { return big() ? sgn(*big()) : (num_ > 0) - (num_ < 0); }
  // -1, 0 or 1 as the value is below, equal to or above k; inline for the
  // 64-bit form (the checker compares each figure of a plan with a bound or two).
  int compare(std::int64_t k) const {
    if (big()) return compare_wide(k);
    i128 l = num_, r = static_cast<i128>(k) * den_;
    return (l > r) - (l < r);
  }
  bool is_big() const { return den_ == 0; }
  // The value as a 64-bit integer, when it is an integer that fits.
  std::optional<std::int64_t> to_int64() const;

  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  friend Rational operator/(const Rational& a, const Rational& b);
  friend bool operator==(const Rational& a, const Rational& b);
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);
  Rational& operator+=(const Rational& b) { return *this = *this + b; }
  Rational& operator-=(const Rational& b) { return *this = *this - b; }
  Rational abs() const { return sign() < 0 ? Rational(0) - *this : *this; }

  // Rounds half away from zero ("half-up" as reports do) to `places` decimals.
  Rational round(int places) const;
  Rational floor() const;
  // Fixed decimal text with exactly `places` decimals, rounding half-up.
  std::string to_fixed(int places) const;
  // Exact decimal text when the value has a finite decimal expansion of at
  // most `max_places` digits; otherwise rounded to max_places. At least `min_places`.
  std::string to_decimal(int min_places, int max_places) const;
  // "n/d" or "n".
  std::string to_fraction() const;
  bool is_finite_decimal() const;

  // Parses ASCII "123", "1,234.50", "0.34", "-2" (digits already ASCII).
  // Thousands separators are dropped. More than kMaxDigits digits: Overflow.
  static std::optional<Rational> parse_decimal(std::string_view s);

 private:
  friend class RationalSum;
  // Small: num_/den_ with den_ > 0. Wide: den_ == 0 and num_ holds a pointer
  // to a reference-counted, immutable GMP fraction (Wide). The count is
  // atomic: the evaluator's threads copy the same numbers of the plan (a
  // scale's points, say). Small values, the common case, never touch it.
  std::int64_t num_ = 0;
  std::int64_t den_ = 1;

  struct Wide {
    std::atomic<long> refs;
    mpq_class q;
  };
  Wide* wide() const { return den_ == 0 ? reinterpret_cast<Wide*>(static_cast<std::intptr_t>(num_)) : nullptr; }
  const mpq_class* big() const { return den_ == 0 ? &wide()->q : nullptr; }
  void retain() const {
    if (den_ == 0) wide()->refs.fetch_add(1, std::memory_order_relaxed);
  }
  void release() {
    if (den_ == 0 && wide()->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete wide();
  }

  mpq_class to_mpq() const;
  int compare_wide(std::int64_t k) const;
};

Rational pow10(int places);

// An exact sum of many terms, added as they come (add) and read once
// (value). While the terms are small fractions and the sum fits, they are
// added over their common denominator in 128 bits and reduced once, at the
// end: a division per term, where adding one by one reduces every partial sum
// (two gcds and two divisions per term). Decimals, such as weights, stay on
// this path. From the first term that would not fit, the terms are kept and
// added in pairs (a tree: each addition's operands stay as small as they can;
// one by one, thousands of strategy scores with different denominators made
// each addition work on the growing common denominator of all before it),
// then added to the first part. The sum is exact either way, and value()
// throws Overflow where + would.
class RationalSum {
 public:
  void add(const Rational& x);
  Rational value();  // the sum; the terms kept past the fast path are used up

 private:
  i128 num_ = 0;
  std::int64_t den_ = 1;
  std::vector<Rational> rest_;  // the terms from the first that did not fit
};

static_assert(sizeof(void*) != 8 || sizeof(Rational) == 16, "a Rational is 16 bytes (docs/architecture.md, Exact numbers)");

}  // namespace planc
