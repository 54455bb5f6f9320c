// Exact rational numbers for weights, scores and money. 64-bit numerator and
// denominator, always reduced, denominator > 0; every operation is computed in
// 128 bits and reduced, and a result that does not fit throws Overflow (never
// a silent wrap). Binary floating point is never used in the arithmetic.
#pragma once
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

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
  constexpr Rational() = default;
  constexpr Rational(std::int64_t n) : num_(n), den_(1) {}  // NOLINT: implicit by design
  static Rational make(i128 n, i128 d);  // reduces; throws Overflow / DivideByZero

  std::int64_t num() const { return num_; }
  std::int64_t den() const { return den_; }
  bool is_zero() const { return num_ == 0; }
  bool is_integer() const { return den_ == 1; }
  int sign() const { return (num_ > 0) - (num_ < 0); }

  friend Rational operator+(Rational a, Rational b);
  friend Rational operator-(Rational a, Rational b);
  friend Rational operator*(Rational a, Rational b);
  friend Rational operator/(Rational a, Rational b);
  friend bool operator==(Rational a, Rational b) { return a.num_ == b.num_ && a.den_ == b.den_; }
  friend std::strong_ordering operator<=>(Rational a, Rational b) {
    i128 l = static_cast<i128>(a.num_) * b.den_;
    i128 r = static_cast<i128>(b.num_) * a.den_;
    return l <=> r;
  }
  Rational& operator+=(Rational b) { return *this = *this + b; }
  Rational& operator-=(Rational b) { return *this = *this - b; }
  Rational abs() const { return num_ < 0 ? Rational::make(-static_cast<i128>(num_), den_) : *this; }

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
  // Whether the decimal expansion terminates.
  bool is_finite_decimal() const;

  // Parses ASCII "123", "1,234.50", "0.34", "-2" (digits already ASCII).
  // Thousands separators are dropped. Throws Overflow when it cannot fit.
  static std::optional<Rational> parse_decimal(std::string_view s);

 private:
  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
};

Rational pow10(int places);

}  // namespace planc
