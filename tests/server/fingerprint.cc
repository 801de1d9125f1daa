// The store as the List methods show it.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "world.h"

namespace vaktbro::testing {
namespace {

using Dir = v1::DirectoryService::Stub;
using Shifts = v1::ShiftService::Stub;

template <typename Item>
void AddAll(const std::string& list, const std::vector<Item>& items,
            StoreFingerprint* out) {
  for (const Item& item : items) {
    (*out)[absl::StrCat(list, " ", item.name())] = item.ShortDebugString();
  }
}

// Adds every item of one List call (all pages) under `label`.
template <typename Stub, typename Request, typename Response, typename Item>
absl::Status AddList(
    Client& client, const std::string& label,
    grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&,
                                 Response*),
    Request request,
    const google::protobuf::RepeatedPtrField<Item>& (Response::*items)() const,
    StoreFingerprint* out, std::vector<Item>* listed = nullptr) {
  request.set_page_size(1000);
  absl::StatusOr<std::vector<Item>> all =
      client.ListAll(method, std::move(request), items);
  if (!all.ok())
    return absl::Status(all.status().code(),
                        label + ": " + all.status().ToString());
  AddAll(label, *all, out);
  if (listed != nullptr) *listed = *std::move(all);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<StoreFingerprint> Fingerprint(Client& c) {
  StoreFingerprint out;
  absl::Status s = AddList(c, "ListOrganisations", &Dir::ListOrganisations,
                           v1::ListOrganisationsRequest(),
                           &v1::ListOrganisationsResponse::organisations, &out);
  if (!s.ok()) return s;
  s = AddList(c, "ListPartnerships", &Dir::ListPartnerships,
              v1::ListPartnershipsRequest(),
              &v1::ListPartnershipsResponse::partnerships, &out);
  if (!s.ok()) return s;
  s = AddList(c, "ListUnits", &Dir::ListUnits, v1::ListUnitsRequest(),
              &v1::ListUnitsResponse::units, &out);
  if (!s.ok()) return s;
  s = AddList(c, "ListPositions", &Dir::ListPositions,
              v1::ListPositionsRequest(), &v1::ListPositionsResponse::positions,
              &out);
  if (!s.ok()) return s;

  std::vector<v1::Person> people;
  s = AddList(c, "ListPeople", &Dir::ListPeople, v1::ListPeopleRequest(),
              &v1::ListPeopleResponse::people, &out, &people);
  if (!s.ok()) return s;
  for (const v1::Person& person : people) {
    v1::ListAvailabilitiesRequest availabilities;
    availabilities.set_person(person.name());
    s = AddList(c, "ListAvailabilities(" + person.name() + ")",
                &Dir::ListAvailabilities, availabilities,
                &v1::ListAvailabilitiesResponse::availabilities, &out);
    if (!s.ok()) return s;
    v1::ListAssignmentsRequest assignments;
    assignments.set_person(person.name());
    s = AddList(c, "ListAssignments(" + person.name() + ")",
                &Shifts::ListAssignments, assignments,
                &v1::ListAssignmentsResponse::assignments, &out);
    if (!s.ok()) return s;
  }

  std::vector<v1::Shift> shifts;
  s = AddList(c, "ListShifts", &Shifts::ListShifts, v1::ListShiftsRequest(),
              &v1::ListShiftsResponse::shifts, &out, &shifts);
  if (!s.ok()) return s;
  for (const v1::Shift& shift : shifts) {
    v1::ListAssignmentsRequest assignments;
    assignments.set_shift(shift.name());
    s = AddList(c, "ListAssignments(" + shift.name() + ")",
                &Shifts::ListAssignments, assignments,
                &v1::ListAssignmentsResponse::assignments, &out);
    if (!s.ok()) return s;
  }
  return out;
}

std::string Difference(const StoreFingerprint& before,
                       const StoreFingerprint& after) {
  std::string diff;
  for (const auto& [key, text] : before) {
    auto it = after.find(key);
    if (it == after.end()) {
      absl::StrAppend(&diff, "removed: ", key, "\n");
    } else if (it->second != text) {
      absl::StrAppend(&diff, "changed: ", key, "\n  before: ", text,
                      "\n  after:  ", it->second, "\n");
    }
  }
  for (const auto& [key, text] : after) {
    if (!before.contains(key))
      absl::StrAppend(&diff, "added: ", key, " ", text, "\n");
  }
  return diff;
}

}  // namespace vaktbro::testing
