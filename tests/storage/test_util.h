// Helpers shared by the storage tests: a temporary directory per test and
// small record builders.
#ifndef VAKTBRO_TESTS_STORAGE_TEST_UTIL_H_
#define VAKTBRO_TESTS_STORAGE_TEST_UTIL_H_

#include <stdlib.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "store.h"

namespace vaktbro::storage::test {

// A fresh directory, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base != nullptr ? base : "/tmp") +
                          "/vaktbro-storage-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) {
      ADD_FAILURE() << "mkdtemp failed for " << pattern;
    }
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // A not yet existing directory inside this one.
  std::string sub(std::string_view name) const {
    return path_ + "/" + std::string(name);
  }

 private:
  std::string path_;
};

// Options for fast tests: no WAL sync, short lock waits.
inline StoreOptions FastOptions() {
  StoreOptions options;
  options.sync_writes = false;
  options.lock_timeout = std::chrono::milliseconds(2000);
  return options;
}

inline std::unique_ptr<Store> OpenOrDie(const std::string& dir,
                                        const StoreOptions& options) {
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(dir, options);
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? *std::move(store) : nullptr;
}

inline google::protobuf::Timestamp At(UnixSeconds seconds) {
  google::protobuf::Timestamp t;
  t.set_seconds(seconds);
  return t;
}

inline v1::Shift MakeShift(std::string_view id, std::string_view unit_id,
                           UnixSeconds start) {
  v1::Shift s;
  s.set_name("shifts/" + std::string(id));
  s.set_organisation("organisations/vestvik");
  if (!unit_id.empty()) s.set_unit("units/" + std::string(unit_id));
  s.set_title("Natt, Medisin");
  *s.mutable_start_time() = At(start);
  *s.mutable_end_time() = At(start + 8 * 3600);
  s.set_headcount(1);
  return s;
}

inline v1::Assignment MakeAssignment(std::string_view id,
                                     std::string_view shift_id,
                                     std::string_view person_id,
                                     UnixSeconds start) {
  v1::Assignment a;
  a.set_name("assignments/" + std::string(id));
  a.set_shift("shifts/" + std::string(shift_id));
  a.set_person("people/" + std::string(person_id));
  a.set_state(v1::Assignment::OFFERED);
  *a.mutable_start_time() = At(start);
  *a.mutable_end_time() = At(start + 8 * 3600);
  return a;
}

// The ids of `records`, in order.
template <typename R>
std::vector<std::string> Ids(const std::vector<R>& records) {
  std::vector<std::string> ids;
  for (const R& r : records) ids.emplace_back(IdOf(r.name()));
  return ids;
}

// Commits `txn`, failing the test on error.
inline void CommitOrFail(Txn& txn) {
  absl::Status s = txn.Commit();
  EXPECT_TRUE(s.ok()) << s;
}

}  // namespace vaktbro::storage::test

#endif  // VAKTBRO_TESTS_STORAGE_TEST_UTIL_H_
