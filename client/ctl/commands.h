// The subcommands of vaktbroctl, free of any argument-parsing library: main.cc
// fills these option structs from the command line and calls Run*.
//
// Every Run* writes its normal output to `out` and returns the first error;
// main prints that as "vaktbroctl: <message> (<CODE>)" and exits non-zero.
// Options that name a resource take its id or its full name ("abc" or
// "units/abc"). Dates are Europe/Oslo calendar days. The subcommands that
// fill a shift (offer, accept, ...) are declared in fill_commands.h.
#ifndef VAKTBRO_CLIENT_CTL_COMMANDS_H_
#define VAKTBRO_CLIENT_CTL_COMMANDS_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "rpc.h"
#include "vaktbro/v1/agency.grpc.pb.h"

namespace CLI {
class App;
}  // namespace CLI

namespace vaktbro::ctl {

struct ShiftFilter {
  std::string organisation;
  std::string unit;
  std::vector<std::string> states;  // open, partly-filled, filled, ...
  std::string profession;
  std::string from;   // first day, inclusive (YYYY-MM-DD)
  std::string to;     // last day, inclusive
  bool open = false;  // adds the states open and partly-filled
};

// --- Combined positions and secondments (agreement_commands.cc, which maps
// its own part of the command line, like account_cli.cc): vaktbroctl
// agreements list|get|propose|approve|accept|withdraw|end|onboarding|notice|
// positions|recharge, over AgreementService. Sets `action` when one of them
// is chosen.
void AddAgreementCommands(CLI::App& app, std::function<absl::Status(Connection&)>* action);

// A table of the matching shifts, times in Oslo local time.
absl::Status RunShiftsList(Connection& c, const ShiftFilter& filter,
                           std::ostream& out);
// The open and partly filled shifts of today and the next 27 days.
absl::Status RunBoard(Connection& c, std::ostream& out);
// The matching shifts as a Norwegian Excel CSV file.
absl::Status RunShiftsExport(Connection& c, const ShiftFilter& filter,
                             const std::string& file, std::ostream& out);

struct PostShiftOptions {
  std::string organisation;
  std::string unit;
  std::string title;
  std::string date;      // the day the shift starts
  std::string start;     // HH:MM
  std::string end;       // HH:MM; at or before start: the next day
  std::string end_date;  // optional: the day it ends, instead of the rule above
  std::string profession;
  int headcount = 1;
  std::string reason;
  std::string visibility = "partners";
  std::vector<std::string> competences;
  std::string note;
  bool draft = false;
  std::string request_id;  // empty: a new random one
};

// Posts the shift and prints its name ("shifts/...").
absl::Status RunShiftsPost(Connection& c, const PostShiftOptions& options,
                           std::ostream& out);

absl::Status RunPeopleList(Connection& c, std::ostream& out);
// The organisations, with their units under each (the ids the other
// commands take); only one organisation's when `organisation` is set.
absl::Status RunUnitsList(Connection& c, const std::string& organisation, std::ostream& out);

struct PositionFilter {
  std::string person;
  std::string employer;
};
absl::Status RunPositionsList(Connection& c, const PositionFilter& filter,
                              std::ostream& out);

enum class ImportKind { kPeople, kPositions };

// Imports every row of `file` (see import_rows.h for the columns). Progress
// goes to `out`, one line per failed row to `err` ("line 4: ..."). The rows
// after a failed one are still imported; the result is an error when any row
// failed.
absl::Status RunImport(Connection& c, ImportKind kind, const std::string& file,
                       std::ostream& out, std::ostream& err);

// Asks the server for a new backup (into its own --backup-dir) and prints
// it: id, time, size, files, directory. Large stores need a longer --timeout.
absl::Status RunBackup(Connection& c, std::ostream& out);
// The backups in the server's backup directory, oldest first.
absl::Status RunBackupsList(Connection& c, std::ostream& out);

struct RestoreOptions {
  std::string backup_dir;  // the server's backup directory, read here
  std::string data_dir;    // the new store; must be missing or empty
  std::optional<uint32_t> backup_id;  // unset: the newest backup
};

// Offline: restores a backup into a new store directory, as
// storage::RestoreBackup does (refuses a non-empty data_dir, verifies the
// backup, checks the result opens), and prints what it restored. Talks to
// no server.
absl::Status RunRestore(const RestoreOptions& options, std::ostream& out);

// --- Agency hire (agency_commands.cc): the register of agency bookings,
// kick-out, the internal-fill ledger, the organisation's agency settings
// and the report, over AgencyService. Money on the command line is NOK with
// a decimal comma or point ("1050,50"); months are YYYY-MM.

// A Connection and an AgencyService stub on the same server.
class AgencyConnection {
 public:
  explicit AgencyConnection(const ConnectionOptions& options);
  Connection& base() { return base_; }
  v1::AgencyService::Stub& agency() { return *agency_; }

 private:
  Connection base_;
  std::unique_ptr<v1::AgencyService::Stub> agency_;
};

struct AgencyFilter {
  std::string organisation;
  std::string unit;
  std::string profession;
  std::vector<std::string> states;  // booked, cancelled, kicked-out
  std::string from;                 // first day of the start, YYYY-MM-DD
  std::string to;                   // last day, inclusive
  std::string agency;               // exact agency name
};
// The matching bookings, start times in Oslo time, and their total.
absl::Status RunAgencyList(AgencyConnection& c, const AgencyFilter& filter, std::ostream& out);
// One booking with every field.
absl::Status RunAgencyGet(AgencyConnection& c, const std::string& booking, std::ostream& out);

struct AgencyAddOptions {
  std::string organisation;
  std::string unit;
  std::string shift;             // optional: the shift the booking covers
  std::string agency;
  std::string agency_number;     // optional organisation number
  std::string profession;
  std::vector<std::string> competences;
  std::string date;              // the day it starts
  std::string start;             // HH:MM
  std::string end;               // HH:MM; at or before start: the next day
  std::string end_date;          // optional: the day it ends
  std::string hours;             // optional: paid hours; default end - start
  std::string rate;              // NOK per hour
  std::string fees;              // NOK, optional
  std::string purpose;           // sick-leave, vacancy, peak, leave, competence-gap, other
  std::string legal_ground;      // health-personnel, substitute, union-agreement
  std::string consulted;         // the day the tillitsvalgte were consulted
  std::string justification;
  std::string cascade;           // optional: cascades/{id}
  std::string request_id;
};
// Registers the booking and prints its name, total cost and any warning.
absl::Status RunAgencyAdd(AgencyConnection& c, const AgencyAddOptions& options, std::ostream& out);

struct AgencyChangeOptions {
  std::string booking;
  std::string assignment;  // kickout: the internal candidate's accepted assignment
  std::string reason;      // cancel: optional
  std::string etag;
  std::string request_id;
};
absl::Status RunAgencyCancel(AgencyConnection& c, const AgencyChangeOptions& options, std::ostream& out);
// Prints the booking (kicked out) and the saving recorded on the fill.
absl::Status RunAgencyKickOut(AgencyConnection& c, const AgencyChangeOptions& options, std::ostream& out);

struct FillFilter {
  std::string organisation;
  std::string unit;
  std::string channel;  // own-staff, secondary, pool, pensioner, partner
  std::string person;
  std::string from;
  std::string to;
};
// The internal-fill ledger: channel, cost, agency price and saving.
absl::Status RunAgencyFills(AgencyConnection& c, const FillFilter& filter, std::ostream& out);

struct AgencySettingsOptions {
  std::string organisation;
  std::string consultation;         // warn | refuse; empty: unchanged
  std::optional<int> cutoff_hours;  // unset: unchanged
  std::string request_id;
};
// Shows the organisation's agency settings; changes them first when
// `consultation` or `cutoff_hours` is given.
absl::Status RunAgencySettings(AgencyConnection& c, const AgencySettingsOptions& options, std::ostream& out);

struct ReportOptions {
  std::string organisation;
  std::string unit;
  std::string profession;
  std::string from;       // first month, YYYY-MM; default: 12 months before this one
  std::string to;         // last month, inclusive
  std::string baseline = "last-year";  // last-year | previous-period | none
  int streak_months = 3;  // N
  std::string format = "table";        // table | csv | xlsx | pdf
  std::string table;      // months | detail | streaks (table and csv); default months, csv: detail
  std::string out;        // the file (required for xlsx and pdf)
};
// The agency-hire report: a table on the terminal, or a file.
absl::Status RunReport(AgencyConnection& c, const ReportOptions& options, std::ostream& out);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_COMMANDS_H_
