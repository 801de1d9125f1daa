#include "update_mask.h"

#include <algorithm>
#include <string>

#include "text.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/util/field_mask_util.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

constexpr std::string_view kOutputOnly[] = {"name", "create_time", "update_time", "etag"};

bool Contains(std::initializer_list<std::string_view> list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

absl::Status ApplyUpdate(const google::protobuf::Message& patch,
                         const google::protobuf::FieldMask& mask,
                         std::initializer_list<std::string_view> immutable,
                         google::protobuf::Message& target) {
  using google::protobuf::util::FieldMaskUtil;
  const google::protobuf::Descriptor* d = patch.GetDescriptor();
  const auto output_only = {kOutputOnly[0], kOutputOnly[1], kOutputOnly[2], kOutputOnly[3]};
  google::protobuf::FieldMask effective;
  if (mask.paths_size() == 0) {
    for (int i = 0; i < d->field_count(); ++i) {
      const std::string& name = d->field(i)->name();
      if (!Contains(output_only, name) && !Contains(immutable, name)) effective.add_paths(name);
    }
  } else {
    for (const std::string& path : mask.paths()) {
      const std::string top = path.substr(0, path.find('.'));
      if (d->FindFieldByName(top) == nullptr || !FieldMaskUtil::GetFieldDescriptors(d, path, nullptr)) {
        return FieldError("update_mask", Cat("unknown field \"", path, "\""));
      }
      if (Contains(output_only, top) || Contains(immutable, top)) {
        return FieldError("update_mask", Cat("field \"", path, "\" cannot be changed"));
      }
      effective.add_paths(path);
    }
  }
  FieldMaskUtil::MergeOptions options;
  options.set_replace_message_fields(true);
  options.set_replace_repeated_fields(true);
  FieldMaskUtil::MergeMessageTo(patch, effective, options, &target);
  return absl::OkStatus();
}

}  // namespace vaktbro::domain
