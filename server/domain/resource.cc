#include "resource.h"

#include <charconv>
#include <mutex>
#include <random>

#include "text.h"
#include "google/protobuf/util/time_util.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

class SystemClock final : public Clock {
 public:
  google::protobuf::Timestamp Now() const override {
    return google::protobuf::util::TimeUtil::GetCurrentTime();
  }
};

}  // namespace

std::string MakeName(std::string_view collection, std::string_view id) {
  return Cat(collection, "/", id);
}

absl::StatusOr<std::string> ParseName(std::string_view field, std::string_view name,
                                      std::string_view collection) {
  if (name.empty()) return FieldError(field, "must be set");
  const bool ok = name.size() > collection.size() + 1 && name.substr(0, collection.size()) == collection &&
                  name[collection.size()] == '/' &&
                  name.find('/', collection.size() + 1) == std::string_view::npos && name.size() <= 200;
  if (!ok) return FieldError(field, Cat("must be a name like ", collection, "/{id}"));
  return std::string(name.substr(collection.size() + 1));
}

std::string NewId() {
  static std::mutex mu;
  static std::mt19937_64 rng{std::random_device{}()};
  uint64_t v;
  {
    std::lock_guard<std::mutex> lock(mu);
    v = rng();
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) id[i] = kHex[v & 0xf];
  return id;
}

std::string FirstEtag() { return "1"; }

std::string NextEtag(std::string_view etag) {
  uint64_t n = 0;
  std::from_chars(etag.data(), etag.data() + etag.size(), n);
  return std::to_string(n + 1);
}

absl::Status CheckEtag(std::string_view given, std::string_view current, std::string_view name) {
  if (given.empty() || given == current) return absl::OkStatus();
  return absl::AbortedError(Cat("etag: ", name, " has changed (etag ", given,
                                         " is stale, current is ", current, "); read it again"));
}

const Clock& Clock::System() {
  static const SystemClock clock;
  return clock;
}

}  // namespace vaktbro::domain
