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
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "rpc.h"

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

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_COMMANDS_H_
