// Point reads and writes of every collection, idempotency records, IsEmpty.
#include "store.h"

#include <memory>
#include <string>

#include "gtest/gtest.h"
#include "test_util.h"

namespace vaktbro::storage {
namespace {

using test::At;
using test::CommitOrFail;
using test::FastOptions;
using test::OpenOrDie;
using test::TempDir;

// Per record type: a sample record and the Get method of Txn.
template <typename R>
struct Api;

#define VAKTBRO_TEST_API(Type, collection_name, ...)                 \
  template <>                                                        \
  struct Api<v1::Type> {                                             \
    static constexpr const char* kCollection = collection_name;      \
    static absl::StatusOr<v1::Type> Get(Txn& t, std::string_view id, \
                                        LockMode mode) {             \
      return t.Get##Type(id, mode);                                  \
    }                                                                \
    static v1::Type Make(const std::string& id) {                    \
      v1::Type r;                                                    \
      r.set_name(std::string(kCollection) + "/" + id);               \
      __VA_ARGS__;                                                   \
      return r;                                                      \
    }                                                                \
  }
VAKTBRO_TEST_API(Organisation, "organisations",
                 r.set_display_name("Vestvik kommune"),
                 r.set_kind(v1::Organisation::MUNICIPALITY));
VAKTBRO_TEST_API(Partnership, "partnerships",
                 r.add_organisations("organisations/a"),
                 r.add_organisations("organisations/b"));
VAKTBRO_TEST_API(Unit, "units", r.set_organisation("organisations/a"),
                 r.set_display_name("Medisinsk sengepost"));
VAKTBRO_TEST_API(Person, "people", r.set_display_name("Kari Nordmann"),
                 r.add_professions(v1::NURSE), r.set_birth_year(1961));
VAKTBRO_TEST_API(Position, "positions", r.set_person("people/kari"),
                 r.set_employer("organisations/a"), r.set_percentage(80));
VAKTBRO_TEST_API(Availability, "availabilities", r.set_person("people/kari"),
                 *r.mutable_start_time() = At(-5000), r.set_note("natt"));
VAKTBRO_TEST_API(Shift, "shifts", r.set_unit("units/u1"),
                 *r.mutable_start_time() = At(1700000000), r.set_headcount(3));
VAKTBRO_TEST_API(Assignment, "assignments", r.set_shift("shifts/s1"),
                 r.set_person("people/kari"),
                 r.set_state(v1::Assignment::ACCEPTED));
VAKTBRO_TEST_API(AgencyBooking, "agencyBookings",
                 r.set_agency("Nordic Helsebemanning AS"),
                 r.set_cost_nok(12345));
#undef VAKTBRO_TEST_API

template <typename R>
class RecordTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = OpenOrDie(dir_.sub("db"), FastOptions()); }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

using RecordTypes =
    ::testing::Types<v1::Organisation, v1::Partnership, v1::Unit, v1::Person,
                     v1::Position, v1::Availability, v1::Shift, v1::Assignment,
                     v1::AgencyBooking>;
TYPED_TEST_SUITE(RecordTest, RecordTypes);

TYPED_TEST(RecordTest, PutThenGetInLaterTxnRoundTrips) {
  using A = Api<TypeParam>;
  const TypeParam want = A::Make("r1");
  {
    std::unique_ptr<Txn> txn = this->store_->Begin();
    ASSERT_TRUE(txn->Put(want).ok());
    CommitOrFail(*txn);
  }
  for (LockMode mode : {LockMode::kNone, LockMode::kExclusive}) {
    std::unique_ptr<Txn> txn = this->store_->Begin();
    absl::StatusOr<TypeParam> got = A::Get(*txn, "r1", mode);
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_EQ(got->SerializeAsString(), want.SerializeAsString());
  }
}

TYPED_TEST(RecordTest, GetOfUnknownIdIsNotFoundNamingCollectionAndId) {
  std::unique_ptr<Txn> txn = this->store_->Begin();
  absl::StatusOr<TypeParam> got =
      Api<TypeParam>::Get(*txn, "nope", LockMode::kNone);
  EXPECT_EQ(got.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(got.status().message(),
            std::string(Api<TypeParam>::kCollection) + "/nope not found");
}

TYPED_TEST(RecordTest, PutWithNameOfAnotherCollectionIsInvalidArgument) {
  TypeParam r = Api<TypeParam>::Make("r1");
  r.set_name("wrong/r1");
  std::unique_ptr<Txn> txn = this->store_->Begin();
  EXPECT_EQ(txn->Put(r).code(), absl::StatusCode::kInvalidArgument);
  r.set_name("");
  EXPECT_EQ(txn->Put(r).code(), absl::StatusCode::kInvalidArgument);
}

TYPED_TEST(RecordTest, UncommittedPutIsDroppedWithTheTxn) {
  {
    std::unique_ptr<Txn> txn = this->store_->Begin();
    ASSERT_TRUE(txn->Put(Api<TypeParam>::Make("r1")).ok());
    // The Txn sees its own write...
    EXPECT_TRUE(Api<TypeParam>::Get(*txn, "r1", LockMode::kNone).ok());
  }
  // ...but nobody else does after it is gone uncommitted.
  std::unique_ptr<Txn> txn = this->store_->Begin();
  EXPECT_EQ(Api<TypeParam>::Get(*txn, "r1", LockMode::kNone).status().code(),
            absl::StatusCode::kNotFound);
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = OpenOrDie(dir_.sub("db"), FastOptions()); }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, GetWithMalformedIdIsInvalidArgument) {
  std::unique_ptr<Txn> txn = store_->Begin();
  for (std::string_view id : {std::string_view(""), std::string_view("a/b"),
                              std::string_view("a\0b", 3)}) {
    EXPECT_EQ(txn->GetShift(id, LockMode::kNone).status().code(),
              absl::StatusCode::kInvalidArgument);
  }
}

TEST_F(StoreTest, RequestsRoundTripPerMethod) {
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    absl::StatusOr<RequestRecord> missing = txn->GetRequest("PostShift", "r-1");
    EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
    ASSERT_TRUE(
        txn->PutRequest("PostShift", "r-1", {"fp", "reply-bytes"}).ok());
    CommitOrFail(*txn);
  }
  std::unique_ptr<Txn> txn = store_->Begin();
  absl::StatusOr<RequestRecord> got = txn->GetRequest("PostShift", "r-1");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->request_fingerprint, "fp");
  EXPECT_EQ(got->reply, "reply-bytes");
  EXPECT_EQ(txn->GetRequest("CancelShift", "r-1").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(txn->GetRequest("PostShift", "").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(StoreTest, IsEmptyCountsRecordsOnly) {
  absl::StatusOr<bool> empty = store_->IsEmpty();
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(*empty);
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    ASSERT_TRUE(txn->PutRequest("PostShift", "r-1", {"fp", "x"}).ok());
    CommitOrFail(*txn);
  }
  EXPECT_TRUE(*store_->IsEmpty());
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    ASSERT_TRUE(txn->Put(Api<v1::AgencyBooking>::Make("b1")).ok());
    CommitOrFail(*txn);
  }
  EXPECT_FALSE(*store_->IsEmpty());
}

TEST_F(StoreTest, TxnTakesNoCallsAfterCommit) {
  std::unique_ptr<Txn> txn = store_->Begin();
  ASSERT_TRUE(txn->Commit().ok());
  EXPECT_EQ(txn->Commit().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(txn->GetShift("s1", LockMode::kNone).status().code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(txn->Put(Api<v1::Shift>::Make("s1")).code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST_F(StoreTest, DeleteRemovesTheRecordAndReportsMissingOnes) {
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    ASSERT_TRUE(txn->Put(Api<v1::Partnership>::Make("p1")).ok());
    ASSERT_TRUE(txn->Put(Api<v1::Availability>::Make("v1")).ok());
    CommitOrFail(*txn);
  }
  std::unique_ptr<Txn> txn = store_->Begin();
  EXPECT_TRUE(txn->DeletePartnership("p1").ok());
  EXPECT_TRUE(txn->DeleteAvailability("v1").ok());
  EXPECT_EQ(txn->DeletePartnership("p1").code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(txn->DeleteAvailability("nope").code(),
            absl::StatusCode::kNotFound);
  CommitOrFail(*txn);
  std::unique_ptr<Txn> check = store_->Begin();
  EXPECT_EQ(check->GetPartnership("p1", LockMode::kNone).status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace vaktbro::storage
