// The policy table against the API: every RPC of vaktbro.v1 has exactly one
// row, every row names an RPC that exists, and every target path leads to a
// string field of that RPC's request.
#include "policy.h"

#include <set>
#include <string>

#include "absl/strings/str_split.h"
#include "google/protobuf/descriptor.h"
#include "gtest/gtest.h"
#include "vaktbro/v1/agency.pb.h"
#include "vaktbro/v1/agreements.pb.h"
#include "vaktbro/v1/auth.pb.h"
#include "vaktbro/v1/matching.pb.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::auth {
namespace {

using google::protobuf::DescriptorPool;
using google::protobuf::FieldDescriptor;

std::set<std::string> AllMethods() {
  // Touch each file so the generated pool has it.
  (void)v1::AgencyBooking::descriptor();
  (void)v1::Agreement::descriptor();
  (void)v1::Account::descriptor();
  (void)v1::Candidate::descriptor();
  (void)v1::GetRequest::descriptor();
  std::set<std::string> methods;
  for (const char* file : {"vaktbro/v1/service.proto", "vaktbro/v1/matching.proto", "vaktbro/v1/agency.proto",
                           "vaktbro/v1/auth.proto", "vaktbro/v1/agreements.proto"}) {
    const google::protobuf::FileDescriptor* f = DescriptorPool::generated_pool()->FindFileByName(file);
    EXPECT_NE(f, nullptr) << file;
    if (f == nullptr) continue;
    for (int s = 0; s < f->service_count(); ++s) {
      for (int m = 0; m < f->service(s)->method_count(); ++m) {
        methods.insert(f->service(s)->full_name() + "/" + f->service(s)->method(m)->name());
      }
    }
  }
  return methods;
}

TEST(PolicyTable, EveryRpcHasOneRowAndEveryRowAnRpc) {
  const PolicyTable& table = PolicyTable::Default();
  const std::set<std::string> methods = AllMethods();
  ASSERT_GT(methods.size(), 60u);
  for (const std::string& m : methods) EXPECT_NE(table.Find(m), nullptr) << "no policy row for " << m;
  for (const PolicyRow& row : table.rows()) EXPECT_TRUE(methods.count(row.method)) << "row for unknown " << row.method;
}

TEST(PolicyTable, TargetPathsNameStringFieldsOfTheRequest) {
  const PolicyTable& table = PolicyTable::Default();
  for (const PolicyRow& row : table.rows()) {
    const size_t slash = row.method.find('/');
    const auto* service = DescriptorPool::generated_pool()->FindServiceByName(row.method.substr(0, slash));
    ASSERT_NE(service, nullptr) << row.method;
    const auto* method = service->FindMethodByName(row.method.substr(slash + 1));
    ASSERT_NE(method, nullptr) << row.method;
    for (const std::string& path : row.targets) {
      const google::protobuf::Descriptor* d = method->input_type();
      std::vector<std::string> parts = absl::StrSplit(path, '.');
      for (size_t i = 0; i < parts.size(); ++i) {
        const FieldDescriptor* f = d->FindFieldByName(parts[i]);
        ASSERT_NE(f, nullptr) << row.method << ": " << path;
        if (i + 1 < parts.size()) {
          ASSERT_EQ(f->cpp_type(), FieldDescriptor::CPPTYPE_MESSAGE) << row.method << ": " << path;
          d = f->message_type();
        } else {
          EXPECT_EQ(f->cpp_type(), FieldDescriptor::CPPTYPE_STRING) << row.method << ": " << path;
        }
      }
    }
  }
}

TEST(PolicyTable, OnlyLoginIsPublicAndAdministratorsMayCallEverything) {
  for (const PolicyRow& row : PolicyTable::Default().rows()) {
    EXPECT_EQ(row.public_call, row.method == "vaktbro.v1.AuthService/Login") << row.method;
    if (row.public_call) continue;
    for (Relation r : kAllRelations) EXPECT_TRUE(row.Allows(v1::ADMINISTRATOR, r)) << row.method;
  }
}

TEST(PolicyTable, ParseErrorsNameTheLine) {
  auto bad = PolicyTable::Parse("ShiftService/GetShift name own,cousin - - all\n");
  EXPECT_FALSE(bad.ok());
  auto bad2 = PolicyTable::Parse("\n\nShiftService/GetShift name own - - all bogus\n");
  ASSERT_FALSE(bad2.ok());
  EXPECT_NE(bad2.status().message().find("line 3"), std::string::npos) << bad2.status();
  auto dup = PolicyTable::Parse("ShiftService/GetShift name own - - all\nShiftService/GetShift name own - - all\n");
  EXPECT_FALSE(dup.ok());
}

}  // namespace
}  // namespace vaktbro::auth
