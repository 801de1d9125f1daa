// The log line format and the Prometheus exposition, without a server.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "log.h"
#include "metrics.h"

namespace vaktbro::ops {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(LogFormat, TextQuotesWhatNeedsQuoting) {
  EXPECT_EQ(FormatFields(LogFormat::kText, "serving", {{"port", "50551"}, {"store", "/var/lib/vaktbro"}}),
            "event=serving port=50551 store=/var/lib/vaktbro");
  EXPECT_EQ(FormatFields(LogFormat::kText, "fatal", {{"error", "cannot \"open\" it"}}),
            R"(event=fatal error="cannot \"open\" it")");
  EXPECT_EQ(FormatFields(LogFormat::kText, "x", {{"empty", ""}}), R"(event=x empty="")");
}

TEST(LogFormat, JsonEscapes) {
  EXPECT_EQ(FormatFields(LogFormat::kJson, "fatal", {{"error", "a\"b\\c\nd\x01"}}),
            R"("event":"fatal","error":"a\"b\\c\nd\u0001")");
}

TEST(LogLevels, UnknownLevelOrFormatIsRefusedByName) {
  EXPECT_THAT(std::string(InitLogging("loud", "text").message()), HasSubstr("log-level"));
  EXPECT_THAT(std::string(InitLogging("info", "xml").message()), HasSubstr("log-format"));
}

TEST(Metrics, CountsCallsBookingsAndBuckets) {
  Metrics m;
  m.RecordCall("/vaktbro.v1.ShiftService/AssignShift", "OK", 0.003);
  m.RecordCall("/vaktbro.v1.ShiftService/AssignShift", "OK", 0.2);
  m.RecordCall("/vaktbro.v1.ShiftService/AssignShift", "FAILED_PRECONDITION", 0.002);
  m.RecordCall("/vaktbro.v1.ShiftService/AcceptOffer", "OK", 7.0);  // beyond the last bucket
  m.RecordCall("/vaktbro.v1.ShiftService/PostShift", "OK", 0.001);
  const std::string text = m.Render({{"vaktbro_store_size_bytes", "Bytes.", 1234}});
  EXPECT_THAT(text, HasSubstr(R"(vaktbro_rpc_calls_total{method="/vaktbro.v1.ShiftService/AssignShift",code="OK"} 2)"));
  EXPECT_THAT(text, HasSubstr(
      R"(vaktbro_rpc_calls_total{method="/vaktbro.v1.ShiftService/AssignShift",code="FAILED_PRECONDITION"} 1)"));
  // Failed bookings and posts are not bookings.
  EXPECT_THAT(text, HasSubstr("vaktbro_bookings_total 3\n"));
  // Buckets are cumulative: 0.002 and 0.003 are both under 0.005; 0.2 is not.
  EXPECT_THAT(text, HasSubstr(
      R"(vaktbro_rpc_duration_seconds_bucket{method="/vaktbro.v1.ShiftService/AssignShift",le="0.005"} 2)"));
  EXPECT_THAT(text, HasSubstr(
      R"(vaktbro_rpc_duration_seconds_bucket{method="/vaktbro.v1.ShiftService/AssignShift",le="0.25"} 3)"));
  EXPECT_THAT(text, HasSubstr(
      R"(vaktbro_rpc_duration_seconds_bucket{method="/vaktbro.v1.ShiftService/AcceptOffer",le="5"} 0)"));
  EXPECT_THAT(text, HasSubstr(
      R"(vaktbro_rpc_duration_seconds_bucket{method="/vaktbro.v1.ShiftService/AcceptOffer",le="+Inf"} 1)"));
  EXPECT_THAT(text, HasSubstr("vaktbro_store_size_bytes 1234\n"));
  EXPECT_THAT(text, Not(HasSubstr("0000000")));  // bucket bounds printed short
}

}  // namespace
}  // namespace vaktbro::ops
