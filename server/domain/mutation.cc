#include "mutation.h"

#include <cstdio>
#include <string>

#include "text.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

// FNV-1a over the deterministic serialization: stable across restarts and
// builds of the same schema.
std::string Fingerprint(const google::protobuf::Message& request) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream raw(&bytes);
    google::protobuf::io::CodedOutputStream out(&raw);
    out.SetSerializationDeterministic(true);
    request.SerializeToCodedStream(&out);
  }
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return Cat(hex, ":", bytes.size());
}

}  // namespace

absl::Status RunMutation(storage::Store& store, std::string_view method,
                         const google::protobuf::Message& request, std::string_view request_id,
                         google::protobuf::Message& reply, const MutationBody& body) {
  if (absl::Status s = CheckRequestId(request_id); !s.ok()) return s;
  std::unique_ptr<storage::Txn> txn = store.Begin();
  std::string fingerprint;
  if (!request_id.empty()) {
    fingerprint = Fingerprint(request);
    absl::StatusOr<storage::RequestRecord> seen = txn->GetRequest(method, request_id);
    if (seen.ok()) {
      if (seen->request_fingerprint != fingerprint) {
        return FieldError("request_id", Cat("\"", request_id, "\" was already used for a different ",
                                                     method, " request"));
      }
      if (!reply.ParseFromString(seen->reply)) {
        return absl::InternalError(Cat("stored reply of ", method, " ", request_id, " is corrupt"));
      }
      return absl::OkStatus();
    }
    if (!absl::IsNotFound(seen.status())) return seen.status();
  }
  if (absl::Status s = body(*txn, reply); !s.ok()) return s;
  if (!request_id.empty()) {
    storage::RequestRecord record{fingerprint, reply.SerializeAsString()};
    if (absl::Status s = txn->PutRequest(method, request_id, record); !s.ok()) return s;
  }
  return txn->Commit();
}

}  // namespace vaktbro::domain
