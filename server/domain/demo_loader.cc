#include "demo_loader.h"

#include <chrono>

#include "text.h"
#include "demo_region.h"
#include "demo_oslo_time.h"
#include "agency/ledger.h"
#include "agency/rate_cards.h"
#include "status_macros.h"

namespace vaktbro::domain {
namespace {

// Calls `create` for every request of `list`, naming the failing one.
template <typename List, typename Create>
absl::Status LoadAll(std::string_view what, const List& list, int& count, Create create) {
  for (size_t i = 0; i < list.size(); ++i) {
    absl::Status status = create(list[i]).status();
    if (!status.ok()) {
      return absl::Status(status.code(), Cat("demo ", what, "[", i, "]: ", status.message()));
    }
    ++count;
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<DemoLoadStats> LoadDemo(storage::Store& store, const Clock& clock) {
  ShiftEventHub hub;  // nobody watches during the load
  Directory directory(&store, &clock);
  ShiftBook book(&store, &clock, &hub);

  demo::DemoOptions options;
  // Today as the Oslo clock shows it, so the demo week is right just after
  // midnight too.
  const int64_t now = clock.Now().seconds();
  const std::chrono::sys_days today{std::chrono::floor<std::chrono::days>(
      std::chrono::sys_seconds{std::chrono::seconds{now + demo::OsloUtcOffsetSeconds(now)}})};
  options.first_day = demo::MondayOnOrBefore(today);
  const demo::DemoRegion region = demo::GenerateDemoRegion(options);

  DemoLoadStats n;
  int partnerships = 0, availabilities = 0;
  RETURN_IF_ERROR(LoadAll("organisations", region.organisations, n.organisations,
                          [&](const auto& r) { return directory.CreateOrganisation(r); }));
  RETURN_IF_ERROR(LoadAll("partnerships", region.partnerships, partnerships,
                          [&](const auto& r) { return directory.CreatePartnership(r); }));
  RETURN_IF_ERROR(LoadAll("units", region.units, n.units, [&](const auto& r) { return directory.CreateUnit(r); }));
  RETURN_IF_ERROR(LoadAll("people", region.people, n.people, [&](const auto& r) { return directory.CreatePerson(r); }));
  RETURN_IF_ERROR(LoadAll("positions", region.positions, n.positions,
                          [&](const auto& r) { return directory.CreatePosition(r); }));
  RETURN_IF_ERROR(LoadAll("availabilities", region.availabilities, availabilities,
                          [&](const auto& r) { return directory.CreateAvailability(r); }));
  RETURN_IF_ERROR(LoadAll("shifts", region.shifts, n.shifts, [&](const auto& r) { return book.PostShift(r); }));
  RETURN_IF_ERROR(LoadAll("assignments", region.assignments, n.assignments,
                          [&](const auto& r) { return book.AssignShift(r); }));

  // The agency-hire history is a record of the past: stored as it is, in
  // batches of 500 per transaction.
  for (size_t i = 0; i < region.agency_bookings.size(); i += 500) {
    std::unique_ptr<storage::Txn> txn = store.Begin();
    for (size_t j = i; j < region.agency_bookings.size() && j < i + 500; ++j) {
      RETURN_IF_ERROR(txn->Put(region.agency_bookings[j]));
      ++n.agency_bookings;
    }
    RETURN_IF_ERROR(txn->Commit());
  }
  // The internal fills of the same months, priced as the ledger prices a
  // booking (rate cards of the day), stored like the agency history.
  for (size_t i = 0; i < region.internal_fills.size(); i += 500) {
    std::unique_ptr<storage::Txn> txn = store.Begin();
    for (size_t j = i; j < region.internal_fills.size() && j < i + 500; ++j) {
      v1::InternalFill fill = region.internal_fills[j];
      agency::PriceFill(agency::RateCardBook::BuiltIn(), fill);
      RETURN_IF_ERROR(txn->Put(fill));
    }
    RETURN_IF_ERROR(txn->Commit());
  }
  return n;
}

}  // namespace vaktbro::domain
