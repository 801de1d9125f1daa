// AIP-134 updates: apply the fields a FieldMask names.
#ifndef VAKTBRO_SERVER_DOMAIN_UPDATE_MASK_H_
#define VAKTBRO_SERVER_DOMAIN_UPDATE_MASK_H_

#include <initializer_list>
#include <string_view>

#include "absl/status/status.h"
#include "google/protobuf/field_mask.pb.h"
#include "google/protobuf/message.h"

namespace vaktbro::domain {

// Copies the fields of `patch` named by `mask` onto `target` (repeated and
// message fields are replaced, not merged). An empty mask means every field
// except the output-only ones (name, create_time, update_time, etag) and
// `immutable`. INVALID_ARGUMENT "update_mask: ..." when the mask names an
// unknown, output-only or immutable field.
// REQUIRES: patch and target are of the same message type.
absl::Status ApplyUpdate(const google::protobuf::Message& patch,
                         const google::protobuf::FieldMask& mask,
                         std::initializer_list<std::string_view> immutable,
                         google::protobuf::Message& target);

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_UPDATE_MASK_H_
