#include <gtest/gtest.h>
#include "num/rational.hpp"
TEST(Smoke, Rational) { EXPECT_EQ(planc::Rational(1) + planc::Rational(2), planc::Rational(3)); }
