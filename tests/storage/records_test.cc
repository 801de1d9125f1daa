#include "records.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace vaktbro::storage {
namespace {

TEST(RecordsTest, RequestRecordRoundTrips) {
  const std::vector<RequestRecord> cases = {
      {"", ""},
      {"fp", ""},
      {"", "reply"},
      {std::string("f\0p", 3), std::string(1000, '\xff')},
  };
  for (const RequestRecord& want : cases) {
    absl::StatusOr<RequestRecord> got =
        DecodeRequestRecord(EncodeRequestRecord(want));
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_EQ(got->request_fingerprint, want.request_fingerprint);
    EXPECT_EQ(got->reply, want.reply);
  }
}

TEST(RecordsTest, TruncatedRequestRecordIsInternal) {
  const std::string full = EncodeRequestRecord({"fingerprint", "reply"});
  for (size_t n : {size_t{0}, size_t{3}, size_t{10}}) {
    EXPECT_EQ(DecodeRequestRecord(full.substr(0, n)).status().code(),
              absl::StatusCode::kInternal)
        << n;
  }
}

TEST(RecordsTest, UnparsableRecordIsInternalAndNamed) {
  absl::StatusOr<v1::Shift> r = ParseRecord<v1::Shift>("\xff\xff\xff", "s1");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInternal);
  EXPECT_NE(r.status().message().find("shifts/s1"), std::string::npos);
}

}  // namespace
}  // namespace vaktbro::storage
