// The subcommands that fill a shift: shifts get, offer, assign, cancel and
// publish, and assignments list, accept, decline and withdraw. Conventions as
// in commands.h: main.cc fills the option structs, every Run* writes its
// normal output to `out` and returns the first error, and options that name
// a resource take its id or its full name ("x1" or "people/x1").
//
// Every mutation sends `request_id` (empty: a new random one); the built-in
// retry on UNAVAILABLE resends the same id, so the change happens once.
// Server errors come back unchanged, e.g. FAILED_PRECONDITION "people/p1 is
// already booked on shifts/a ... which overlaps shifts/b".
#ifndef VAKTBRO_CLIENT_CTL_FILL_COMMANDS_H_
#define VAKTBRO_CLIENT_CTL_FILL_COMMANDS_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "rpc.h"

namespace vaktbro::ctl {

// The shift's details: times in Europe/Oslo, filled/headcount, state, etag.
absl::Status RunShiftsGet(Connection& c, const std::string& shift,
                          std::ostream& out);

struct OfferOptions {
  std::string shift;
  std::string person;
  // Empty: the person's position at the shift's organisation that is valid
  // on the shift's days, MAIN first (see position_choice.h);
  // FAILED_PRECONDITION naming the person when there is none.
  std::string position;
  std::string request_id;
};

// Offers the shift to the person and prints the assignment's name.
absl::Status RunShiftsOffer(Connection& c, const OfferOptions& options,
                            std::ostream& out);
// Assigns the person directly (accepted at once) and prints the assignment's
// name.
absl::Status RunShiftsAssign(Connection& c, const OfferOptions& options,
                             std::ostream& out);

struct ShiftTransitionOptions {
  std::string shift;
  std::string etag;    // optional: the change fails (ABORTED) unless it matches
  std::string reason;  // cancel only, optional
  std::string request_id;
};

// Print the shift's name and its new state ("shifts/x cancelled").
absl::Status RunShiftsCancel(Connection& c,
                             const ShiftTransitionOptions& options,
                             std::ostream& out);
absl::Status RunShiftsPublish(Connection& c,
                              const ShiftTransitionOptions& options,
                              std::ostream& out);

struct AssignmentFilter {
  std::string person;  // exactly one of person and shift
  std::string shift;
  std::vector<std::string> states;  // offered, accepted, ...; empty: all
};

// A table of the matching assignments, times in Europe/Oslo.
absl::Status RunAssignmentsList(Connection& c, const AssignmentFilter& filter,
                                std::ostream& out);

enum class AssignmentAction { kAccept, kDecline, kWithdraw };

struct AssignmentTransitionOptions {
  std::string assignment;
  std::string etag;  // optional: the change fails (ABORTED) unless it matches
  std::string request_id;
};

// Accepts or declines an offer, or withdraws an offer or an accepted
// assignment (which frees its place); prints the assignment's name and new
// state ("assignments/x accepted").
absl::Status RunAssignmentTransition(Connection& c, AssignmentAction action,
                                     const AssignmentTransitionOptions& options,
                                     std::ostream& out);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_FILL_COMMANDS_H_
