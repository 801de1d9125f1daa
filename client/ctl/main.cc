// vaktbroctl: the command-line client of the vaktbro exchange. This file only
// maps the command line onto commands.h; it, account_cli.cc (the session
// and account commands) and agreement_commands.cc are the files that include
// CLI11.
#include <functional>
#include <iostream>

#include "account_cli.h"
#include "matching_commands.h"
#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "commands.h"
#include "fill_commands.h"

namespace vaktbro::ctl {
namespace {

using Action = std::function<absl::Status(Connection&)>;

// Where CLI11 stores what it parsed; owned by Main, outlives the parse.
struct Options {
  ShiftFilter list_filter;
  std::string units_organisation;           // units list --organisation
  PostShiftOptions post;
  ShiftFilter export_filter;
  std::string export_file;
  OfferOptions offer;                       // shifts offer and assign
  ShiftTransitionOptions shift_transition;  // shifts get, cancel, publish
  AssignmentFilter assignment_filter;
  AssignmentTransitionOptions assignment_transition;
  PositionFilter positions;
  std::string import_file;
  RestoreOptions restore;
  int64_t restore_backup_id = 0;
  // agency ... and report
  AgencyFilter agency_filter;
  std::string agency_booking;
  AgencyAddOptions agency_add;
  AgencyChangeOptions agency_change;
  FillFilter fill_filter;
  AgencySettingsOptions agency_settings;
  int cutoff_hours = 0;
  ReportOptions report;
};

constexpr char kImportPeopleHelp[] = R"(
The file is CSV as Norwegian Excel saves it: ';'-separated, UTF-8 (BOM optional),
decimal comma, a header row. Columns (case ignored, ø/å may be written o/a):
  id;navn;fødselsår;hpr;yrke;kompetanser;epost;telefon;region
  yrke: sykepleier, spesialsykepleier, helsefagarbeider, lege, jordmor,
        fysioterapeut, ergoterapeut, assistent (several separated by ',')
  kompetanser: CODE or CODE:YYYY-MM-DD (expiry), separated by ','
Required: navn, fødselsår, yrke. Rows that fail are reported with their line
number; the others are imported. Importing a row again does not duplicate it.)";

constexpr char kImportPositionsHelp[] = R"(
The file is CSV as Norwegian Excel saves it: ';'-separated, UTF-8 (BOM optional),
decimal comma, a header row. Columns (case ignored, ø/å may be written o/a):
  id;person;arbeidsgiver;enhet;type;prosent;fra;til;lønn
  type: hus | hytte | pool | pensjonist | time
  prosent: 0-100, e.g. 20,5     fra/til: YYYY-MM-DD or DD.MM.YYYY
  lønn: ordinær (default) | pensjonistlønn
Required: person, arbeidsgiver, type, prosent, fra. Rows that fail are reported
with their line number; the others are imported. Importing a row again does
not duplicate it.)";

void AddFilterOptions(CLI::App* cmd, ShiftFilter* f) {
  cmd->add_option("--organisation", f->organisation,
                  "Only this organisation (id)");
  cmd->add_option("--unit", f->unit, "Only this unit (id)");
  cmd->add_option("--state", f->states,
                  "Only these states: draft, open, partly-filled, filled, "
                  "completed, cancelled "
                  "(repeatable)")
      ->expected(1)
      ->take_all();
  cmd->add_option("--profession", f->profession,
                  "Only this profession, e.g. nurse");
  cmd->add_option("--from", f->from, "First day, YYYY-MM-DD (Europe/Oslo)");
  cmd->add_option("--to", f->to, "Last day, YYYY-MM-DD, inclusive");
  cmd->add_flag("--open", f->open, "Only open and partly filled shifts");
}

void AddShiftCommands(CLI::App& app, Options* o, Action* action) {
  CLI::App* shifts =
      app.add_subcommand("shifts", "List, post, export and fill shifts")
          ->require_subcommand(1);

  CLI::App* list =
      shifts->add_subcommand("list", "List shifts (times in Europe/Oslo)");
  AddFilterOptions(list, &o->list_filter);
  list->callback([o, action] {
    *action = [o](Connection& c) {
      return RunShiftsList(c, o->list_filter, std::cout);
    };
  });

  PostShiftOptions& p = o->post;
  CLI::App* post =
      shifts->add_subcommand("post", "Post a new shift and print its name");
  post->add_option("--organisation", p.organisation, "Host organisation (id)")
      ->required();
  post->add_option("--unit", p.unit, "Unit (id)")->required();
  post->add_option("--title", p.title, "Title, e.g. \"Natt, Medisin\"")
      ->required();
  post->add_option("--date", p.date, "Day the shift starts, YYYY-MM-DD")
      ->required();
  post->add_option("--start", p.start, "Start, HH:MM (Europe/Oslo)")
      ->required();
  post->add_option("--end", p.end,
                   "End, HH:MM; at or before --start means the next day")
      ->required();
  post->add_option("--end-date", p.end_date,
                   "Day the shift ends, instead of the rule above");
  post->add_option("--profession", p.profession,
                   "nurse, specialist-nurse, health-worker, physician, "
                   "midwife, physiotherapist, "
                   "occupational-therapist, care-assistant")
      ->required();
  post->add_option("--headcount", p.headcount, "How many people")
      ->capture_default_str();
  post->add_option("--reason", p.reason,
                   "sick-leave, vacancy, peak, leave, competence-gap, other")
      ->required();
  post->add_option("--visibility", p.visibility,
                   "unit-only, employer, partners, region")
      ->capture_default_str();
  post->add_option("--competence", p.competences,
                   "Required competence code (repeatable)")
      ->expected(1)
      ->take_all();
  post->add_option("--note", p.note, "Free text");
  post->add_flag("--draft", p.draft, "Create as a draft instead of open");
  post->add_option("--request-id", p.request_id,
                   "Request id for a safe retry (default: random)");
  post->callback([o, action] {
    *action = [o](Connection& c) {
      return RunShiftsPost(c, o->post, std::cout);
    };
  });

  CLI::App* exp = shifts->add_subcommand(
      "export", "Write shifts to a CSV file for Norwegian Excel");
  exp->add_option("--file", o->export_file, "The CSV file to write")
      ->required();
  AddFilterOptions(exp, &o->export_filter);
  exp->callback([o, action] {
    *action = [o](Connection& c) {
      return RunShiftsExport(c, o->export_filter, o->export_file, std::cout);
    };
  });

  app.add_subcommand("board",
                     "Open and partly filled shifts of the next four weeks")
      ->callback([action] {
        *action = [](Connection& c) { return RunBoard(c, std::cout); };
      });
}

// shifts get/offer/assign/cancel/publish and assignments (fill_commands.h).
using OfferRun = absl::Status (*)(Connection&, const OfferOptions&,
                                  std::ostream&);
using ShiftRun = absl::Status (*)(Connection&, const ShiftTransitionOptions&,
                                  std::ostream&);

constexpr char kAssignmentsHelp[] = R"(
An assignment is a person on a shift. 'shifts offer' makes an offer (offered),
which the person accepts (accepted: takes one of the shift's places) or
declines; 'shifts assign' makes an accepted assignment at once. Withdraw frees
the place. Accepting fails when the shift is filled or the person is booked
on an overlapping shift.)";

void AddRequestId(CLI::App* cmd, std::string* request_id) {
  cmd->add_option("--request-id", *request_id,
                  "Request id for a safe retry (default: random)");
}

void AddOfferCommand(CLI::App* shifts, const std::string& name,
                     const std::string& help, OfferRun run, Options* o,
                     Action* action) {
  OfferOptions& f = o->offer;
  CLI::App* cmd = shifts->add_subcommand(name, help);
  cmd->add_option("--shift", f.shift, "The shift (id)")->required();
  cmd->add_option("--person", f.person, "The person (id)")->required();
  cmd->add_option("--position", f.position,
                  "The person's position to work it through (id); default: "
                  "their position at the shift's organisation valid on its "
                  "days, preferring main, secondary, pool, pensioner, hourly");
  AddRequestId(cmd, &f.request_id);
  cmd->callback([o, action, run] {
    *action = [o, run](Connection& c) { return run(c, o->offer, std::cout); };
  });
}

CLI::App* AddShiftTransition(CLI::App* shifts, const std::string& name,
                             const std::string& help, ShiftRun run, Options* o,
                             Action* action) {
  ShiftTransitionOptions& t = o->shift_transition;
  CLI::App* cmd = shifts->add_subcommand(name, help);
  cmd->add_option("shift", t.shift, "The shift (id)")->required();
  cmd->add_option("--etag", t.etag,
                  "Only if the shift still has this etag (see shifts get)");
  AddRequestId(cmd, &t.request_id);
  cmd->callback([o, action, run] {
    *action = [o, run](Connection& c) {
      return run(c, o->shift_transition, std::cout);
    };
  });
  return cmd;
}

void AddAssignmentCommands(CLI::App& app, Options* o, Action* action) {
  CLI::App* assignments =
      app.add_subcommand("assignments",
                         "List, accept, decline and withdraw assignments "
                         "(people on shifts)")
          ->require_subcommand(1);
  assignments->footer(kAssignmentsHelp);
  AssignmentFilter& f = o->assignment_filter;
  CLI::App* list = assignments->add_subcommand(
      "list", "List the assignments of a person or of a shift");
  list->add_option("--person", f.person, "This person's assignments (id)");
  list->add_option("--shift", f.shift, "This shift's assignments (id)");
  list->add_option("--state", f.states,
                   "Only these states: offered, accepted, declined, "
                   "withdrawn, worked (repeatable)")
      ->expected(1)
      ->take_all();
  list->callback([o, action] {
    *action = [o](Connection& c) {
      return RunAssignmentsList(c, o->assignment_filter, std::cout);
    };
  });

  struct Transition {
    const char* name;
    const char* help;
    AssignmentAction action;
  };
  for (const Transition& t : {
           Transition{"accept", "The person accepts an offer",
                      AssignmentAction::kAccept},
           Transition{"decline", "The person declines an offer",
                      AssignmentAction::kDecline},
           Transition{"withdraw",
                      "Withdraw an offer or an accepted assignment (frees "
                      "its place)",
                      AssignmentAction::kWithdraw},
       }) {
    AssignmentTransitionOptions& a = o->assignment_transition;
    CLI::App* cmd = assignments->add_subcommand(t.name, t.help);
    cmd->add_option("assignment", a.assignment, "The assignment (id)")
        ->required();
    cmd->add_option("--etag", a.etag,
                    "Only if the assignment still has this etag");
    AddRequestId(cmd, &a.request_id);
    cmd->callback([o, action, kind = t.action] {
      *action = [o, kind](Connection& c) {
        return RunAssignmentTransition(c, kind, o->assignment_transition,
                                       std::cout);
      };
    });
  }
}

void AddFillCommands(CLI::App& app, Options* o, Action* action) {
  CLI::App* shifts = app.get_subcommand("shifts");
  CLI::App* get = shifts->add_subcommand(
      "get", "Show a shift: times, filled/headcount, state, etag");
  get->add_option("shift", o->shift_transition.shift, "The shift (id)")
      ->required();
  get->callback([o, action] {
    *action = [o](Connection& c) {
      return RunShiftsGet(c, o->shift_transition.shift, std::cout);
    };
  });
  AddOfferCommand(shifts, "offer",
                  "Offer a shift to a person; prints the assignment",
                  RunShiftsOffer, o, action);
  AddOfferCommand(shifts, "assign",
                  "Assign a person to a shift directly (accepted at once); "
                  "prints the assignment",
                  RunShiftsAssign, o, action);
  AddShiftTransition(shifts, "cancel",
                     "Cancel a shift; withdraws its offers and assignments",
                     RunShiftsCancel, o, action)
      ->add_option("--reason", o->shift_transition.reason,
                   "Why, kept in the shift's note");
  AddShiftTransition(shifts, "publish", "Publish a draft shift (it opens)",
                     RunShiftsPublish, o, action);
  AddAssignmentCommands(app, o, action);
}

void AddDirectoryCommands(CLI::App& app, Options* o, Action* action) {
  CLI::App* units = app.add_subcommand("units", "Organisations and their units")->require_subcommand(1);
  CLI::App* units_list = units->add_subcommand("list", "List organisations and units with their ids");
  units_list->add_option("--organisation", o->units_organisation, "Only this organisation (id)");
  units_list->callback([o, action] {
    *action = [o](Connection& c) { return RunUnitsList(c, o->units_organisation, std::cout); };
  });

  CLI::App* people =
      app.add_subcommand("people", "People")->require_subcommand(1);
  people->add_subcommand("list", "List people")->callback([action] {
    *action = [](Connection& c) { return RunPeopleList(c, std::cout); };
  });

  CLI::App* positions =
      app.add_subcommand("positions", "Positions")->require_subcommand(1);
  CLI::App* list = positions->add_subcommand("list", "List positions");
  list->add_option("--person", o->positions.person,
                   "Only this person's positions (id)");
  list->add_option("--employer", o->positions.employer,
                   "Only positions at this organisation (id)");
  list->callback([o, action] {
    *action = [o](Connection& c) {
      return RunPositionsList(c, o->positions, std::cout);
    };
  });

  std::string& file = o->import_file;
  CLI::App* import =
      app.add_subcommand("import", "Import people or positions from CSV")
          ->require_subcommand(1);
  CLI::App* people_import =
      import->add_subcommand("people", "Import people from a CSV file");
  people_import->add_option("file", file, "The CSV file")
      ->required()
      ->check(CLI::ExistingFile);
  people_import->footer(kImportPeopleHelp);
  people_import->callback([o, action] {
    *action = [o](Connection& c) {
      return RunImport(c, ImportKind::kPeople, o->import_file, std::cout,
                       std::cerr);
    };
  });
  CLI::App* positions_import =
      import->add_subcommand("positions", "Import positions from a CSV file");
  positions_import->add_option("file", file, "The CSV file")
      ->required()
      ->check(CLI::ExistingFile);
  positions_import->footer(kImportPositionsHelp);
  positions_import->callback([o, action] {
    *action = [o](Connection& c) {
      return RunImport(c, ImportKind::kPositions, o->import_file, std::cout,
                       std::cerr);
    };
  });
}

void AddBackupCommands(CLI::App& app, Options* o, Action* action) {
  app.add_subcommand("backup",
                     "Make a backup of the server's store while it serves "
                     "(into the server's --backup-dir)")
      ->callback([action] {
        *action = [](Connection& c) { return RunBackup(c, std::cout); };
      });
  app.add_subcommand("backups", "List the backups the server has made")
      ->callback([action] {
        *action = [](Connection& c) { return RunBackupsList(c, std::cout); };
      });

  CLI::App* restore = app.add_subcommand(
      "restore",
      "Offline, with the server stopped: restore a backup into a new store "
      "directory and verify it");
  restore->add_option("--backup-dir", o->restore.backup_dir,
                      "The backup directory (the server's --backup-dir)")
      ->required();
  restore->add_option("--data-dir", o->restore.data_dir,
                      "The store to create; must be missing or empty")
      ->required();
  CLI::Option* id = restore->add_option("--backup-id", o->restore_backup_id,
                                        "Which backup (default: the newest)");
  id->check(CLI::Range(int64_t{1}, int64_t{UINT32_MAX}));
  restore->callback([o, action, id] {
    if (id->count() > 0) {
      o->restore.backup_id = static_cast<uint32_t>(o->restore_backup_id);
    }
    *action = [o](Connection&) { return RunRestore(o->restore, std::cout); };
  });
}

constexpr char kAgencyHelp[] = R"(
The agency register records every booking from a staffing agency (innleie):
who, what competence, why, on what legal ground, when the tillitsvalgte were
consulted, and the cost. 'kickout' replaces a booking by an internal
candidate who holds the shift (an accepted assignment) before the
organisation's cut-off. Money is NOK ("1050,50"); dates YYYY-MM-DD.)";

// Agency commands run on their own AgencyConnection to the same server.
using AgencyRun = std::function<absl::Status(AgencyConnection&)>;

void SetAgencyAction(Action* action, const ConnectionOptions* where, AgencyRun run) {
  *action = [where, run](Connection&) {
    AgencyConnection c(*where);
    return run(c);
  };
}

void AddAgencyCommands(CLI::App& app, Options* o, Action* action, const ConnectionOptions* where) {
  CLI::App* agency = app.add_subcommand("agency", "The agency-hire register, kick-out and the internal-fill ledger")
                         ->require_subcommand(1);
  agency->footer(kAgencyHelp);
  AgencyFilter& f = o->agency_filter;
  CLI::App* list = agency->add_subcommand("list", "List agency bookings");
  list->add_option("--organisation", f.organisation, "Only this organisation (id)");
  list->add_option("--unit", f.unit, "Only this unit (id)");
  list->add_option("--profession", f.profession, "Only this profession, e.g. nurse");
  list->add_option("--state", f.states, "booked, cancelled, kicked-out (repeatable)")->expected(1)->take_all();
  list->add_option("--from", f.from, "Starting on or after this day, YYYY-MM-DD");
  list->add_option("--to", f.to, "Starting on or before this day");
  list->add_option("--agency", f.agency, "Only this agency (exact name)");
  list->callback([o, action, where] {
    SetAgencyAction(action, where, [o](AgencyConnection& c) { return RunAgencyList(c, o->agency_filter, std::cout); });
  });

  CLI::App* get = agency->add_subcommand("get", "Show one agency booking");
  get->add_option("booking", o->agency_booking, "The booking (id)")->required();
  get->callback([o, action, where] {
    SetAgencyAction(action, where, [o](AgencyConnection& c) { return RunAgencyGet(c, o->agency_booking, std::cout); });
  });

  AgencyAddOptions& a = o->agency_add;
  CLI::App* add = agency->add_subcommand("add", "Register an agency booking and print its name");
  add->add_option("--organisation", a.organisation, "Hiring organisation (id)")->required();
  add->add_option("--unit", a.unit, "Unit (id)")->required();
  add->add_option("--shift", a.shift, "The shift it covers (id), optional");
  add->add_option("--agency", a.agency, "The agency, e.g. \"Nordic Helsebemanning AS\"")->required();
  add->add_option("--agency-number", a.agency_number, "The agency's organisation number");
  add->add_option("--profession", a.profession, "nurse, specialist-nurse, health-worker, ...")->required();
  add->add_option("--competence", a.competences, "Competence code hired in (repeatable)")->expected(1)->take_all();
  add->add_option("--date", a.date, "Day it starts, YYYY-MM-DD")->required();
  add->add_option("--start", a.start, "Start, HH:MM (Europe/Oslo)")->required();
  add->add_option("--end", a.end, "End, HH:MM; at or before --start means the next day")->required();
  add->add_option("--end-date", a.end_date, "Day it ends, for bookings over several days");
  add->add_option("--hours", a.hours, "Paid hours (default: end - start), e.g. 7,5");
  add->add_option("--rate", a.rate, "Hourly rate in NOK, e.g. 1050,50")->required();
  add->add_option("--fees", a.fees, "Fixed fees in NOK (agency fee, travel, lodging)");
  add->add_option("--purpose", a.purpose, "sick-leave, vacancy, peak, leave, competence-gap, other")->required();
  add->add_option("--legal-ground", a.legal_ground, "health-personnel (innleieforskriften §3), substitute, union-agreement")
      ->required();
  add->add_option("--consulted", a.consulted, "Day the tillitsvalgte were consulted, YYYY-MM-DD");
  add->add_option("--justification", a.justification, "Why internal options could not cover it")->required();
  add->add_option("--cascade", a.cascade, "The cascade log of internal options tried (id)");
  AddRequestId(add, &a.request_id);
  add->callback([o, action, where] {
    SetAgencyAction(action, where, [o](AgencyConnection& c) { return RunAgencyAdd(c, o->agency_add, std::cout); });
  });

  AgencyChangeOptions& ch = o->agency_change;
  CLI::App* cancel = agency->add_subcommand("cancel", "Cancel an agency booking");
  cancel->add_option("booking", ch.booking, "The booking (id)")->required();
  cancel->add_option("--reason", ch.reason, "Why");
  cancel->add_option("--etag", ch.etag, "Only if the booking still has this etag");
  AddRequestId(cancel, &ch.request_id);
  cancel->callback([o, action, where] {
    SetAgencyAction(action, where, [o](AgencyConnection& c) { return RunAgencyCancel(c, o->agency_change, std::cout); });
  });
  CLI::App* kickout = agency->add_subcommand("kickout", "Replace an agency booking by an internal candidate");
  kickout->add_option("booking", ch.booking, "The booking (id)")->required();
  kickout->add_option("--assignment", ch.assignment, "The candidate's accepted assignment on the shift (id)")
      ->required();
  kickout->add_option("--etag", ch.etag, "Only if the booking still has this etag");
  AddRequestId(kickout, &ch.request_id);
  kickout->callback([o, action, where] {
    SetAgencyAction(action, where, [o](AgencyConnection& c) { return RunAgencyKickOut(c, o->agency_change, std::cout); });
  });

  FillFilter& ff = o->fill_filter;
  CLI::App* fills = agency->add_subcommand("fills", "The internal-fill ledger: shifts filled through the exchange");
  fills->add_option("--organisation", ff.organisation, "Only shifts of this organisation (id)");
  fills->add_option("--unit", ff.unit, "Only this unit (id)");
  fills->add_option("--channel", ff.channel, "own-staff, secondary, pool, pensioner, partner");
  fills->add_option("--person", ff.person, "Only this person (id)");
  fills->add_option("--from", ff.from, "Starting on or after this day, YYYY-MM-DD");
  fills->add_option("--to", ff.to, "Starting on or before this day");
  fills->callback([o, action, where] {
    SetAgencyAction(action, where, [o](AgencyConnection& c) { return RunAgencyFills(c, o->fill_filter, std::cout); });
  });

  AgencySettingsOptions& s = o->agency_settings;
  CLI::App* settings = agency->add_subcommand("settings", "Show or change an organisation's agency settings");
  settings->add_option("--organisation", s.organisation, "The organisation (id)")->required();
  settings->add_option("--consultation", s.consultation, "Without a consultation date: warn or refuse");
  CLI::Option* cutoff = settings->add_option("--cutoff-hours", o->cutoff_hours,
                                             "Kick-out allowed until this many hours before the start (0-720)");
  AddRequestId(settings, &s.request_id);
  settings->callback([o, action, where, cutoff] {
    if (cutoff->count() > 0) o->agency_settings.cutoff_hours = o->cutoff_hours;
    SetAgencyAction(action, where,
                    [o](AgencyConnection& c) { return RunAgencySettings(c, o->agency_settings, std::cout); });
  });

  ReportOptions& r = o->report;
  CLI::App* report = app.add_subcommand("report", "The agency-hire report: agency against internal fills by month");
  report->add_option("--organisation", r.organisation, "Only this organisation (id)");
  report->add_option("--unit", r.unit, "Only this unit (id)");
  report->add_option("--profession", r.profession, "Only this profession, e.g. nurse");
  report->add_option("--from", r.from, "First month, YYYY-MM (default: 12 months before this one)");
  report->add_option("--to", r.to, "Last month, YYYY-MM, inclusive");
  report->add_option("--baseline", r.baseline, "last-year, previous-period or none")->capture_default_str();
  report->add_option("--streak", r.streak_months, "List units with agency hire in N or more months in a row")
      ->capture_default_str();
  report->add_option("--format", r.format, "table, csv, xlsx or pdf")->capture_default_str();
  report->add_option("--table", r.table, "months, detail or streaks (table and csv)");
  report->add_option("--out", r.out, "The file to write (csv, xlsx, pdf)");
  report->callback([o, action, where] {
    SetAgencyAction(action, where, [o](AgencyConnection& c) { return RunReport(c, o->report, std::cout); });
  });
}

// candidates, why, propose, proposal accept, cascade, consent.
void AddMatchingCommands(CLI::App& app, Action* action) {
  struct MatchingOptions {
    CandidatesOptions candidates;
    WhyOptions why;
    ProposeOptions propose;
    AcceptProposalOptions accept;
    std::string cascade_shift;
    std::string person;
    bool withdraw = false;
    std::string request_id;
  };
  auto o = std::make_shared<MatchingOptions>();
  CLI::App* cand = app.add_subcommand("candidates", "The ranked candidates of a shift, with the parts of each score");
  cand->add_option("shift", o->candidates.shift, "Shift id or name")->required();
  cand->add_option("--max", o->candidates.max, "How many to show")->capture_default_str();
  cand->add_flag("--why-not", o->candidates.why_not, "Also those who may not take it, and why");
  cand->add_option("--lang", o->candidates.lang, "nb or en")->check(CLI::IsMember({"nb", "en"}));
  cand->callback([o, action] { *action = [o](Connection& c) { return RunCandidates(c, o->candidates, std::cout); }; });

  CLI::App* why = app.add_subcommand("why", "Every rule's verdict on one person for one shift");
  why->add_option("shift", o->why.shift, "Shift id or name")->required();
  why->add_option("person", o->why.person, "Person id or name")->required();
  why->add_option("--position", o->why.position, "The position to work it through");
  why->add_option("--lang", o->why.lang, "nb or en")->check(CLI::IsMember({"nb", "en"}));
  why->callback([o, action] { *action = [o](Connection& c) { return RunWhy(c, o->why, std::cout); }; });

  CLI::App* propose = app.add_subcommand("propose", "Propose who fills the open shifts of a unit or organisation");
  propose->add_option("--unit", o->propose.unit, "Unit id or name");
  propose->add_option("--organisation", o->propose.organisation, "Organisation id or name");
  propose->add_option("--from", o->propose.from, "First day (YYYY-MM-DD)")->required();
  propose->add_option("--to", o->propose.to, "Last day, inclusive")->required();
  propose->add_option("--seconds", o->propose.seconds, "Optimiser time limit")->capture_default_str();
  propose->add_option("--request-id", o->propose.request_id, "Idempotency key (default: a new one)");
  propose->callback([o, action] { *action = [o](Connection& c) { return RunPropose(c, o->propose, std::cout); }; });

  CLI::App* proposal = app.add_subcommand("proposal", "Act on a proposal")->require_subcommand(1);
  CLI::App* accept = proposal->add_subcommand("accept", "Book all or some items of a proposal");
  accept->add_option("proposal", o->accept.proposal, "Proposal id or name")->required();
  accept->add_option("--items", o->accept.items, "Item numbers (default: all)")->delimiter(',');
  accept->add_option("--request-id", o->accept.request_id, "Idempotency key (default: a new one)");
  accept->callback([o, action] { *action = [o](Connection& c) { return RunAcceptProposal(c, o->accept, std::cout); }; });

  CLI::App* cascade = app.add_subcommand("cascade", "The cascade of a shift: own unit, pool, ... agency last")
                          ->require_subcommand(1);
  for (const char* verb : {"start", "show", "stop"}) {
    CLI::App* cmd = cascade->add_subcommand(verb, std::string(verb) + " the cascade of a shift");
    cmd->add_option("shift", o->cascade_shift, "Shift id or name")->required();
    cmd->add_option("--request-id", o->request_id, "Idempotency key (default: a new one)");
    const std::string v = verb;
    cmd->callback([o, action, v] {
      *action = [o, v](Connection& c) { return RunCascade(c, v, o->cascade_shift, o->request_id, std::cout); };
    });
  }

  CLI::App* consent = app.add_subcommand("consent", "Record a person's consent to cross-employer checks");
  consent->add_option("person", o->person, "Person id or name")->required();
  consent->add_flag("--withdraw", o->withdraw, "Withdraw the consent instead");
  consent->callback([o, action] {
    *action = [o](Connection& c) { return RunConsent(c, o->person, !o->withdraw, o->request_id, std::cout); };
  });
}

int Main(int argc, char** argv) {
  CLI::App app{
      "The command-line client of the vaktbro shared-staffing exchange.",
      "vaktbroctl"};
  ConnectionOptions connection;
  double timeout_seconds = 10;
  app.add_option("--server", connection.server,
                 "vaktbro-server address, host:port")
      ->envname("VAKTBRO_SERVER")
      ->capture_default_str();
  app.add_option("--timeout", timeout_seconds,
                 "Deadline of each call, in seconds")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  SessionOptions session;
  AddSessionOptions(app, &connection, &session);
  app.require_subcommand(1);
  Options options;
  Action action;
  AddShiftCommands(app, &options, &action);
  AddFillCommands(app, &options, &action);
  AddDirectoryCommands(app, &options, &action);
  AddBackupCommands(app, &options, &action);
  AddAgencyCommands(app, &options, &action, &connection);
  AddMatchingCommands(app, &action);
  AddAgreementCommands(app, &action);
  AddAccountCommands(app, &connection, &session, &action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success))
      return app.exit(e);
    std::cerr << "vaktbroctl: " << e.what() << " (see --help)\n";
    return 2;
  }
  connection.timeout = absl::Seconds(timeout_seconds);
  if (absl::Status s = ApplySession(session, &connection); !s.ok()) {
    std::cerr << "vaktbroctl: " << s.message() << "\n";
    return 1;
  }
  Connection conn(connection);
  const absl::Status status = action(conn);
  if (status.ok()) return 0;
  std::cerr << "vaktbroctl: " << status.message();
  if (status.code() != absl::StatusCode::kUnknown) {
    std::cerr << " (" << absl::StatusCodeToString(status.code()) << ")";
  }
  std::cerr << "\n";
  return 1;
}

}  // namespace
}  // namespace vaktbro::ctl

int main(int argc, char** argv) { return vaktbro::ctl::Main(argc, argv); }
