#include "health_probe.h"

#include <future>
#include <vector>

#include "fixtures.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/support/byte_buffer.h"

namespace vaktbro::testing {
namespace {

using ::google::protobuf::internal::WireFormatLite;
using ::google::protobuf::io::ArrayInputStream;
using ::google::protobuf::io::CodedInputStream;
using ::google::protobuf::io::CodedOutputStream;
using ::google::protobuf::io::StringOutputStream;

// HealthCheckRequest { string service = 1; }
std::string EncodeRequest(const std::string& service) {
  std::string bytes;
  if (!service.empty()) {
    StringOutputStream out(&bytes);
    CodedOutputStream coded(&out);
    coded.WriteTag(
        WireFormatLite::MakeTag(1, WireFormatLite::WIRETYPE_LENGTH_DELIMITED));
    coded.WriteVarint32(static_cast<uint32_t>(service.size()));
    coded.WriteString(service);
  }
  return bytes;
}

// HealthCheckResponse { ServingStatus status = 1; } (absent: 0).
absl::StatusOr<int> DecodeStatus(const std::string& bytes) {
  ArrayInputStream in(bytes.data(), static_cast<int>(bytes.size()));
  CodedInputStream coded(&in);
  int status = 0;
  while (uint32_t tag = coded.ReadTag()) {
    if (tag == WireFormatLite::MakeTag(1, WireFormatLite::WIRETYPE_VARINT)) {
      uint32_t value = 0;
      if (!coded.ReadVarint32(&value))
        return absl::DataLossError("truncated health reply");
      status = static_cast<int>(value);
    } else if (!WireFormatLite::SkipField(&coded, tag)) {
      return absl::DataLossError("malformed health reply");
    }
  }
  return status;
}

}  // namespace

absl::StatusOr<int> CheckHealth(std::shared_ptr<grpc::Channel> channel,
                                const std::string& service) {
  grpc::GenericStub stub(channel);
  grpc::ClientContext context;
  context.set_deadline(Deadline(10));
  grpc::Slice slice(EncodeRequest(service));
  grpc::ByteBuffer request(&slice, 1);
  grpc::ByteBuffer response;
  std::promise<grpc::Status> done;
  stub.UnaryCall(&context, "/grpc.health.v1.Health/Check", grpc::StubOptions(),
                 &request, &response,
                 [&done](grpc::Status status) { done.set_value(status); });
  const grpc::Status status = done.get_future().get();
  if (!status.ok()) return ToStatus(status);
  std::vector<grpc::Slice> slices;
  if (!response.Dump(&slices).ok())
    return absl::DataLossError("unreadable health reply");
  std::string bytes;
  for (const grpc::Slice& s : slices)
    bytes.append(reinterpret_cast<const char*>(s.begin()), s.size());
  return DecodeStatus(bytes);
}

}  // namespace vaktbro::testing
