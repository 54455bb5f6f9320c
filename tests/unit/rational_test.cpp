#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "num/rational.hpp"

using planc::Rational;

namespace {
Rational dec(const char* s) { return *Rational::parse_decimal(s); }
}  // namespace

TEST(Rational, ReducesAndNormalisesSign) {
  Rational r = Rational::make(6, -4);
  EXPECT_EQ(r.to_fraction(), "-3/2");
  EXPECT_EQ(Rational::make(10, 5).to_int64(), 2);
  EXPECT_FALSE(Rational::make(1, 2).to_int64());
}

TEST(Rational, ParsesDecimalsWithSeparators) {
  EXPECT_EQ(dec("1,700,000"), Rational(1700000));
  EXPECT_EQ(dec("34,943.72"), Rational::make(3494372, 100));
  EXPECT_EQ(dec("0.34"), Rational::make(17, 50));
  EXPECT_EQ(dec("-2.5"), Rational::make(-5, 2));
  EXPECT_FALSE(Rational::parse_decimal("abc"));
  EXPECT_FALSE(Rational::parse_decimal(""));
}

TEST(Rational, ExactWhereBinaryFloatingPointIsNot) {
  // 0.1 + 0.2 == 0.3 exactly; 0.34 + 0.34 + 0.33 == 1.01 exactly.
  EXPECT_EQ(dec("0.1") + dec("0.2"), dec("0.3"));
  EXPECT_EQ(dec("0.34") + dec("0.34") + dec("0.33"), dec("1.01"));
  EXPECT_EQ(Rational::make(1, 3) * Rational(3), Rational(1));
}

TEST(Rational, BudgetsAddUp) {
  EXPECT_EQ(dec("1,700,000") - dec("34,943.72"), dec("1,665,056.28"));
}

TEST(Rational, RoundsHalfAwayFromZero) {
  EXPECT_EQ(dec("4.0375").to_fixed(2), "4.04");
  EXPECT_EQ(dec("0.125").to_fixed(2), "0.13");
  EXPECT_EQ(dec("-0.125").to_fixed(2), "-0.13");
  EXPECT_EQ(dec("0.124999").to_fixed(2), "0.12");
  EXPECT_EQ(Rational::make(2, 3).to_fixed(2), "0.67");
  EXPECT_EQ(Rational::make(403, 101).to_fixed(3), "3.990");
  EXPECT_EQ(dec("0.4875").round(2), dec("0.49"));
}

TEST(Rational, DecimalTextIsExactWhenFinite) {
  EXPECT_EQ(dec("4.0375").to_decimal(0, 6), "4.0375");
  EXPECT_EQ(Rational(5).to_decimal(0, 6), "5");
  EXPECT_EQ(Rational(5).to_decimal(6, 12), "5.000000");
  EXPECT_EQ(Rational::make(1, 3).to_decimal(0, 6), "0.333333");
  EXPECT_EQ(Rational::make(1, 3).to_fraction(), "1/3");
}

TEST(Rational, OrdersExactly) {
  EXPECT_LT(Rational::make(1, 3), dec("0.3334"));
  EXPECT_GT(Rational::make(1, 3), dec("0.3333"));
}

// compare(k), inline for the 64-bit form, orders as <=> does, wide values too.
TEST(Rational, ComparesWithAnIntegerAsTheOrderDoes) {
  Rational wide = Rational::make(INT64_MAX, 1) + Rational(1);
  Rational wide_fraction = Rational::make(1, 999999999989) + Rational::make(1, 999999999971) + Rational::make(1, 999999999961);
  ASSERT_TRUE(wide.is_big());
  ASSERT_TRUE(wide_fraction.is_big());
  const std::vector<Rational> values = {Rational(0),  Rational(1),           Rational(-1),   dec("0.95"),
                                        dec("-0.5"),  dec("99.999"),         Rational(100),  dec("100.001"),
                                        Rational::make(7, 2), Rational::make(INT64_MAX, 3), wide, Rational(0) - wide,
                                        wide_fraction};
  for (const Rational& x : values)
    for (std::int64_t k : {std::int64_t{-1}, std::int64_t{0}, std::int64_t{1}, std::int64_t{3}, std::int64_t{100},
                           std::int64_t{1000}, INT64_MAX, INT64_MIN}) {
      auto order = x <=> Rational(k);
      int expect = order < 0 ? -1 : order > 0 ? 1 : 0;
      EXPECT_EQ(x.compare(k), expect) << x.to_fraction() << " vs " << k;
    }
  EXPECT_TRUE(Rational(4).is_integer());
  EXPECT_FALSE(dec("3.5").is_integer());
  EXPECT_TRUE(wide.is_integer());
  EXPECT_FALSE(wide_fraction.is_integer());
}

TEST(Rational, WidensPastSixtyFourBitsAndNarrowsBack) {
  Rational big = Rational::make(INT64_MAX, 1);
  Rational bigger = big + Rational(1);
  EXPECT_TRUE(bigger.is_big());
  EXPECT_EQ(bigger.to_fraction(), "9223372036854775808");
  Rational back = bigger - Rational(1);
  EXPECT_FALSE(back.is_big());
  EXPECT_EQ(back, big);
  EXPECT_EQ((big * Rational(2)).to_fraction(), "18446744073709551614");
  // 1/p + 1/q + 1/r with three 12-digit primes: the denominator needs 120 bits.
  Rational a = Rational::make(1, 999999999989), b = Rational::make(1, 999999999971), c = Rational::make(1, 999999999961);
  Rational sum = a + b + c;
  EXPECT_TRUE(sum.is_big());
  EXPECT_EQ(sum - a - b, c);  // exact: narrows back to 1/999999999961
  EXPECT_FALSE((sum - a - b).is_big());
  EXPECT_LT(sum, Rational::make(3, 999999999960));
  EXPECT_EQ(sum.to_fixed(15), "0.000000000003000");
  EXPECT_EQ(Rational::parse_decimal("1234567890123456789012345")->to_fraction(), "1234567890123456789012345");
  EXPECT_EQ(Rational::parse_decimal("12345678901234567890.5")->to_fixed(1), "12345678901234567890.5");
  EXPECT_EQ(bigger.round(2), bigger);
  EXPECT_EQ(bigger.floor(), bigger);
}

// Found by the fuzzer: a long number with leading zeros was read as octal.
TEST(Rational, LongNumbersWithLeadingZerosAreDecimal) {
  EXPECT_EQ(Rational::parse_decimal("000000000000000000000000000000000000000089")->to_fraction(), "89");
  EXPECT_EQ(Rational::parse_decimal("0999999999999999999999999999")->to_fraction(), "999999999999999999999999999");
  EXPECT_EQ(Rational::parse_decimal("0.0000000000000000000000001")->to_fraction(), "1/10000000000000000000000000");
}

TEST(Rational, BoundedNeverWrapped) {
  EXPECT_THROW(Rational::parse_decimal(std::string(61, '9')), planc::Overflow);  // more than 60 digits
  Rational x = *Rational::parse_decimal(std::string(60, '9'));
  EXPECT_THROW({ for (int i = 0; i < 10; ++i) x = x * x; }, planc::Overflow);  // past 1024 bits
}

TEST(Rational, DivisionByZeroThrows) {
  EXPECT_THROW(Rational(1) / Rational(0), planc::DivideByZero);
  EXPECT_THROW(Rational::make(1, 0), planc::DivideByZero);
}

TEST(Rational, FormattingNeverOverflowsForLargeMoney) {
  Rational billions = dec("9,000,000,000,000.25");
  EXPECT_EQ(billions.to_fixed(2), "9000000000000.25");
  EXPECT_EQ(billions.to_decimal(6, 12), "9000000000000.250000");
}

// A Rational is 16 bytes; a value past 64 bits lives out of line, shared by
// its copies and freed with the last of them (ASan checks the counting).
TEST(Rational, SmallAndWideValuesCopyMoveAndAssign) {
  static_assert(sizeof(planc::Rational) == 16);
  planc::Rational big = *planc::Rational::parse_decimal("123456789012345678901234567890");
  ASSERT_TRUE(big.is_big());
  planc::Rational copy = big;
  planc::Rational moved = std::move(copy);
  planc::Rational assigned = 5;
  assigned = moved;
  assigned = assigned;  // self-assignment keeps the value
  EXPECT_EQ(assigned, big);
  EXPECT_EQ(moved.to_fraction(), "123456789012345678901234567890");
  planc::Rational small = 7;
  small = big;
  big = planc::Rational(3);  // the old wide value lives on in `small`
  EXPECT_EQ(small.to_fraction(), "123456789012345678901234567890");
  EXPECT_EQ(big, planc::Rational(3));
  // Narrowing back: a wide result that fits again is small.
  planc::Rational r = small - *planc::Rational::parse_decimal("123456789012345678901234567889");
  EXPECT_FALSE(r.is_big());
  EXPECT_EQ(r, planc::Rational(1));
}

TEST(Rational, ReducesWithTheBinaryGcd) {
  EXPECT_EQ(planc::Rational::make(48, 180).to_fraction(), "4/15");
  EXPECT_EQ(planc::Rational::make(-48, 180).to_fraction(), "-4/15");
  EXPECT_EQ(planc::Rational::make(0, 7).to_fraction(), "0");
  EXPECT_EQ(planc::Rational::make(INT64_MAX, INT64_MAX).to_fraction(), "1");
  EXPECT_EQ((planc::Rational::make(1, 3) + planc::Rational::make(1, 6)).to_fraction(), "1/2");
  // 18 digits stay on the fast path, 19 and more go through GMP, leading zeros kept.
  EXPECT_EQ(planc::Rational::parse_decimal("0000000000000000001.5")->to_fraction(), "3/2");
  EXPECT_EQ(planc::Rational::parse_decimal("999999999999999999")->to_fraction(), "999999999999999999");
  EXPECT_EQ(planc::Rational::parse_decimal("9999999999999999999")->to_fraction(), "9999999999999999999");
}

TEST(Rational, MultipliesWithCrossReduction) {
  using planc::Rational;
  EXPECT_EQ((Rational::make(-3, 4) * Rational::make(8, 9)).to_fraction(), "-2/3");
  EXPECT_EQ((Rational::make(-3, 4) * Rational::make(-8, 9)).to_fraction(), "2/3");
  EXPECT_EQ((Rational(0) * Rational::make(-8, 9)).to_fraction(), "0");
  // The extremes of the fast path: cross-reduced, the product fits again.
  EXPECT_EQ((Rational::make(INT64_MAX, 2) * Rational::make(2, INT64_MAX)).to_fraction(), "1");
  EXPECT_EQ((Rational::make(-INT64_MAX, 3) * Rational::make(3, INT64_MAX)).to_fraction(), "-1");
  // Not reducible: the product widens past 64 bits, exactly.
  Rational wide = Rational(INT64_MAX) * Rational(INT64_MAX - 2);
  EXPECT_TRUE(wide.is_big());
  EXPECT_EQ(wide.to_fraction(), "85070591730234615828950163710522949635");
  EXPECT_EQ((wide / Rational(INT64_MAX)).to_fraction(), std::to_string(INT64_MAX - 2));
}

// Decimal text on the 64-bit path against the same figure computed with GMP
// here: rounding half away from zero, and the fewest places (from a minimum)
// that write a value exactly, over magnitudes from 0 to the fast path's limits.
TEST(Rational, DecimalTextAgreesWithGmp) {
  auto expected_fixed = [](std::int64_t num, std::int64_t den, int places) {
    mpz_class scale;
    mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(places));
    mpz_class n = mpz_class(std::to_string(num < 0 ? -num : num));
    mpz_class d = mpz_class(std::to_string(den));
    mpz_class q = (2 * n * scale + d) / (2 * d);
    std::string digits = q.get_str();
    if (places > 0) {
      if (digits.size() <= static_cast<std::size_t>(places)) digits.insert(0, places + 1 - digits.size(), '0');
      digits.insert(digits.size() - places, ".");
    }
    return (num < 0 && q != 0 ? "-" : "") + digits;
  };
  auto expected_places = [](std::int64_t num, std::int64_t den, int min_places, int max_places) {
    int p = min_places;
    mpz_class n = mpz_class(std::to_string(num < 0 ? -num : num)), d = mpz_class(std::to_string(den));
    mpz_class scale;
    mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(p));
    for (; p < max_places && p < 18; ++p, scale *= 10)
      if (mpz_divisible_p(mpz_class(n * scale).get_mpz_t(), d.get_mpz_t())) break;
    return p;
  };
  std::mt19937_64 rng(42);
  const std::int64_t limit = INT64_MAX - 1;  // the fast path holds parts up to INT64_MAX
  std::vector<std::int64_t> magnitudes = {1, 9, 100, 99999, 1'000'000'007, 1LL << 40, 1LL << 59, limit};
  int checked = 0;
  for (int round = 0; round < 4000; ++round) {
    std::int64_t nm = magnitudes[rng() % magnitudes.size()], dm = magnitudes[rng() % magnitudes.size()];
    auto num = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(nm) + (round % 7 == 0 ? 0 : 1));
    auto den = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(dm) + 1);
    if (round % 3 == 0) den = (round % 2 ? 8 : 125) * (1 + static_cast<std::int64_t>(rng() % 1000));  // finite decimals
    if (rng() % 2) num = -num;
    Rational r = Rational::make(num, den);
    if (r.is_big()) continue;
    std::int64_t n = num, d = den;  // the value of r, unreduced: the same text
    int places = static_cast<int>(rng() % 19);
    ASSERT_EQ(r.to_fixed(places), expected_fixed(n, d, places)) << n << "/" << d << " at " << places;
    int lo = static_cast<int>(rng() % 4), hi = lo + static_cast<int>(rng() % 12);
    ASSERT_EQ(r.to_decimal(lo, hi), r.to_fixed(expected_places(n, d, lo, hi))) << n << "/" << d;
    ++checked;
  }
  EXPECT_GT(checked, 3000);
}

// +, −, × and ÷ against GMP's, on values of every size: the fast paths skip
// the gcd where their result is in lowest terms by construction (products
// after cross-reduction, sums over coprime denominators, reciprocals), so each
// result must equal, representation and all (== compares numerator and
// denominator), the canonical fraction GMP computes.
TEST(Rational, ArithmeticAgreesWithGmp) {
  std::mt19937_64 rng(7);
  std::vector<std::int64_t> magnitudes = {1, 2, 12, 208, 1000, 99991, 1LL << 31, 1LL << 40, 1LL << 62, INT64_MAX};
  auto pick = [&] {
    auto m = [&] { return magnitudes[rng() % magnitudes.size()]; };
    auto num = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(m())) * (rng() % 2 ? 1 : -1);
    auto den = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(m())) + 1;
    if (rng() % 4 == 0) den = 208;                      // weights of one strategy: a shared denominator
    if (rng() % 5 == 0) den = 1;                        // integers
    if (rng() % 9 == 0) return Rational::make(num, den) * Rational::make(INT64_MAX, 3);  // wide values too
    return Rational::make(num, den);
  };
  auto same = [](const Rational& got, const mpq_class& want) { return got == Rational::from_mpq(want); };
  int checked = 0;
  for (int round = 0; round < 20000; ++round) {
    Rational a = pick(), b = pick();
    mpq_class qa(a.to_fraction()), qb(b.to_fraction());  // "n/d" or "n", as GMP reads it
    qa.canonicalize();
    qb.canonicalize();
    ASSERT_TRUE(same(a + b, qa + qb)) << qa.get_str() << " + " << qb.get_str();
    ASSERT_TRUE(same(a - b, qa - qb)) << qa.get_str() << " - " << qb.get_str();
    ASSERT_TRUE(same(a * b, qa * qb)) << qa.get_str() << " * " << qb.get_str();
    if (!b.is_zero()) {
      ASSERT_TRUE(same(a / b, qa / qb)) << qa.get_str() << " / " << qb.get_str();
    }
    ASSERT_EQ(a < b, qa < qb);
    ++checked;
  }
  EXPECT_EQ(checked, 20000);
  EXPECT_TRUE(Rational(0) * Rational::make(3, 7) == Rational(0));  // zero is 0/1, whatever it was multiplied by
  EXPECT_TRUE(Rational::make(-5, 9) / Rational::make(-10, 3) == Rational::make(1, 6));
}

// RationalSum: the same exact sum as GMP's, on sums that stay on the fast
// path (decimal weights, a shared denominator), that leave it part way
// (denominators whose common multiple outgrows 64 bits, numerators near the
// 2^126 bound, wide terms), and whatever the order of the terms.
TEST(Rational, SumsAgreeWithGmp) {
  std::mt19937_64 rng(11);
  std::vector<std::int64_t> dens = {1, 2, 4, 5, 8, 10, 40, 100, 208, 1000, 99991, 1000003, 1LL << 40, INT64_MAX};
  auto to_mpq = [](const Rational& r) {
    mpq_class q(r.to_fraction());
    q.canonicalize();
    return q;
  };
  int sums = 0, long_sums = 0;
  for (int round = 0; round < 3000; ++round) {
    std::size_t n = rng() % 60;
    int kind = round % 4;
    planc::RationalSum s;
    mpq_class want = 0;
    for (std::size_t i = 0; i < n; ++i) {
      Rational x;
      if (kind == 0) {  // weights written as decimals: thousandths
        x = Rational::make(static_cast<std::int64_t>(rng() % 1000), 1000);
      } else if (kind == 1) {  // any small fraction
        x = Rational::make(static_cast<std::int64_t>(rng() % 2001) - 1000, dens[rng() % 6]);
      } else if (kind == 2) {  // denominators whose common multiple outgrows 64 bits
        x = Rational::make(static_cast<std::int64_t>(rng() >> 1) * (rng() % 2 ? 1 : -1), dens[rng() % dens.size()]);
      } else {  // large numerators, and now and then a wide term
        x = Rational::make(INT64_MAX - static_cast<std::int64_t>(rng() % 7), dens[rng() % 4]);
        if (rng() % 8 == 0) x = x * Rational::make(INT64_MAX, 3);
      }
      s.add(x);
      want += to_mpq(x);
    }
    Rational got = s.value();
    ASSERT_TRUE(got == Rational::from_mpq(want)) << "round " << round << ": " << got.to_fraction() << " want "
                                                  << want.get_str();
    ++sums;
    long_sums += n > 30;
  }
  EXPECT_EQ(sums, 3000);
  EXPECT_GT(long_sums, 1000);
  // Near the 2^126 bound of the fast path: terms of ~2^124 over a common
  // denominator of ~2^62.6, added until the sum would not fit in 128 bits.
  planc::RationalSum near;
  mpq_class near_want = 0;
  std::vector<Rational> near_terms = {Rational::make(INT64_MAX, 3), Rational::make(1, (1LL << 61) - 1)};
  for (int i = 0; i < 12; ++i) near_terms.push_back(Rational::make(INT64_MAX - i, 3));
  for (const Rational& x : near_terms) {
    near.add(x);
    near_want += to_mpq(x);
  }
  EXPECT_TRUE(near.value() == Rational::from_mpq(near_want));
  // The terms of one strategy's weights: exactly 1, whatever the order.
  planc::RationalSum w;
  for (const char* t : {"0.125", "0.2", "0.175", "0.3", "0.2"}) w.add(dec(t));
  EXPECT_TRUE(w.value() == Rational(1));
  // Past 1024 bits the sum throws, as + does.
  planc::RationalSum huge;
  Rational big = Rational::make(1, INT64_MAX);
  for (int i = 0; i < 14; ++i) big = big * Rational::make(1, INT64_MAX - 2 * i);  // ~950 bits
  EXPECT_THROW(
      {
        for (int i = 0; i < 40; ++i) huge.add(big * Rational::make(1, 1000003 + 2 * i));
        huge.value();
      },
      planc::Overflow);
}
