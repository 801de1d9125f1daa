// Online backup under write load. Writers post shifts while AdminService
// makes a backup; the backup, restored by the real `vaktbroctl restore` into
// a fresh directory and served by a second server, holds every shift
// acknowledged before the backup was asked for, exactly as acknowledged.
// Shifts acknowledged later may or may not be in it, but each writer's
// shifts form an unbroken prefix (a backup is one moment), and the unit and
// organisation listings agree with the records.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "fixtures.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "server_process.h"

namespace vaktbro::testing {
namespace {

using ::google::protobuf::util::MessageDifferencer;
using ::testing::HasSubstr;

constexpr int kWriters = 8;
constexpr int kUnits = 4;

struct Acked {
  v1::Shift shift;
  absl::Time at;  // when the reply arrived
};

struct WriterLog {
  std::vector<Acked> acked;  // in the order they were posted
  std::string error;         // the first failure, if any
};

struct CtlRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs the real vaktbroctl with `args` and collects what it printed.
CtlRun Ctl(const TempDir& scratch, std::vector<std::string> args, const std::string& token) {
  const char* binary = std::getenv("VAKTBRO_CTL_BINARY");
  if (binary == nullptr) return {-1, "", "VAKTBRO_CTL_BINARY is not set"};
  args.insert(args.begin(), binary);
  const std::string out = scratch.path() + "/ctl.out";
  const std::string err = scratch.path() + "/ctl.err";
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 1);
    dup2(open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 2);
    setenv("VAKTBRO_TOKEN", token.c_str(), 1);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(out), Slurp(err)};
}

// Posts 30-minute shifts for writer `w`, one after another, until `stop`.
void Write(const ServerProcess& server, const std::vector<v1::Unit>& units,
           int w, absl::Time base, const std::atomic<bool>& stop,
           WriterLog* log) {
  Client client(server.Channel());
  for (int k = 0; !stop; ++k) {
    const v1::PostShiftRequest post = ShiftRequest(
        units[w % kUnits], {.start = base + absl::Minutes(30 * k),
                            .length = absl::Minutes(30),
                            .title = absl::StrCat("Backup w", w, " k", k)});
    absl::StatusOr<v1::Shift> shift =
        client.Call(&v1::ShiftService::Stub::PostShift, post);
    if (!shift.ok()) {
      log->error = shift.status().ToString();
      return;
    }
    log->acked.push_back({*shift, absl::Now()});
  }
}

absl::StatusOr<v1::Backup> CreateBackup(const ServerProcess& server) {
  auto admin = v1::AdminService::NewStub(server.Channel());
  grpc::ClientContext context;
  context.set_deadline(Deadline(60));
  v1::CreateBackupRequest request;
  request.set_request_id(NewRequestId());
  v1::Backup backup;
  const grpc::Status status = admin->CreateBackup(&context, request, &backup);
  if (!status.ok()) return ToStatus(status);
  return backup;
}

// Every acknowledged shift in the restored store: those acknowledged before
// `t0` must be there; any that is there must be exactly as acknowledged; and
// no writer's shift is there after one of its earlier shifts is missing.
// Returns the names of the shifts found.
std::set<std::string> ExpectAcknowledgedBeforeBackupPresent(
    Client& client, const std::vector<WriterLog>& logs, absl::Time t0,
    absl::Time t1) {
  std::set<std::string> present;
  int before = 0, during = 0, during_kept = 0, after = 0, after_kept = 0;
  for (size_t w = 0; w < logs.size(); ++w) {
    bool gap = false;
    for (const Acked& acked : logs[w].acked) {
      absl::StatusOr<v1::Shift> now = client.GetShift(acked.shift.name());
      const bool found = now.ok();
      if (!found) {
        EXPECT_TRUE(absl::IsNotFound(now.status())) << now.status();
      }
      if (acked.at < t0) {
        ++before;
        EXPECT_TRUE(found) << "acknowledged before the backup, not restored: "
                           << acked.shift.name() << " (writer " << w << ")";
      } else if (acked.at < t1) {
        ++during;
        during_kept += found;
      } else {
        ++after;
        after_kept += found;
      }
      EXPECT_FALSE(found && gap)
          << acked.shift.name() << " restored after a missing earlier shift "
          << "of writer " << w << ": the backup is not one moment";
      gap = gap || !found;
      if (!found) continue;
      present.insert(acked.shift.name());
      EXPECT_TRUE(MessageDifferencer::Equals(acked.shift, *now))
          << "acknowledged: " << acked.shift.ShortDebugString()
          << "\nrestored: " << now->ShortDebugString();
    }
  }
  std::printf(
      "acknowledged before the backup: %d (all restored); during it: %d "
      "(%d restored); after it: %d (%d restored)\n",
      before, during, during_kept, after, after_kept);
  EXPECT_GT(before, kWriters) << "the writers wrote too little to test";
  return present;
}

// The unit and organisation listings hold exactly the restored shifts.
void ExpectListingsAgree(Client& client, const v1::Organisation& org,
                         const std::vector<v1::Unit>& units,
                         const std::set<std::string>& present) {
  std::multiset<std::string> by_units;
  for (const v1::Unit& unit : units) {
    v1::ListShiftsRequest request;
    request.set_unit(unit.name());
    request.set_page_size(500);
    absl::StatusOr<std::vector<v1::Shift>> listed = client.ListShifts(request);
    ASSERT_TRUE(listed.ok()) << listed.status();
    for (const v1::Shift& s : *listed) {
      EXPECT_EQ(s.unit(), unit.name()) << s.name();
      by_units.insert(s.name());
    }
  }
  EXPECT_EQ(by_units,
            std::multiset<std::string>(present.begin(), present.end()))
      << "the unit index disagrees with the restored records";
  v1::ListShiftsRequest request;
  request.set_organisation(org.name());
  request.set_page_size(500);
  absl::StatusOr<std::vector<v1::Shift>> listed = client.ListShifts(request);
  ASSERT_TRUE(listed.ok()) << listed.status();
  EXPECT_EQ(listed->size(), present.size());
}

TEST(BackupTest, BackupUnderWriteLoadHoldsEveryWriteAcknowledgedBefore) {
  ASSERT_NE(std::getenv("VAKTBRO_CTL_BINARY"), nullptr) << "run through ctest";
  TempDir dir;
  const std::string backup_dir = dir.path() + "/backups";
  const std::string restored_dir = dir.path() + "/restored";
  absl::StatusOr<std::unique_ptr<ServerProcess>> server =
      ServerProcess::Start({.data_dir = dir.path() + "/store",
                            .extra_args = {"--backup-dir", backup_dir}});
  ASSERT_TRUE(server.ok()) << server.status();
  Client setup((*server)->Channel());
  absl::StatusOr<v1::Organisation> org = setup.AddOrganisation();
  ASSERT_TRUE(org.ok()) << org.status();
  std::vector<v1::Unit> units;
  for (int u = 0; u < kUnits; ++u) {
    absl::StatusOr<v1::Unit> unit = setup.AddUnit(*org);
    ASSERT_TRUE(unit.ok()) << unit.status();
    units.push_back(*unit);
  }

  std::vector<WriterLog> logs(kWriters);
  std::atomic<bool> stop{false};
  const absl::Time base = WholeHourFromNow(24);
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back(
        [&, w] { Write(**server, units, w, base, stop, &logs[w]); });
  }
  std::this_thread::sleep_for(std::chrono::seconds(1));
  const absl::Time t0 = absl::Now();
  absl::StatusOr<v1::Backup> backup = CreateBackup(**server);
  const absl::Time t1 = absl::Now();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  stop = true;
  for (std::thread& t : writers) t.join();
  ASSERT_TRUE(backup.ok()) << backup.status();
  std::printf("backup %u took %s: %llu bytes in %u files\n", backup->id(),
              absl::FormatDuration(t1 - t0).c_str(),
              static_cast<unsigned long long>(backup->size_bytes()),
              backup->file_count());
  EXPECT_EQ(backup->name(), absl::StrCat("backups/", backup->id()));
  EXPECT_EQ(backup->backup_dir(), backup_dir);
  for (int w = 0; w < kWriters; ++w) {
    EXPECT_EQ(logs[w].error, "") << "writer " << w;
  }

  // A second, incremental backup through vaktbroctl, and the list of both.
  const CtlRun again =
      Ctl(dir, {"--server", (*server)->address(), "--plaintext", "--timeout", "60", "backup"}, (*server)->admin_token());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr(absl::StrCat("Backup ", backup->id() + 1,
                                                " is in ", backup_dir)));
  const CtlRun list = Ctl(dir, {"--server", (*server)->address(), "--plaintext", "backups"}, (*server)->admin_token());
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr("2 backups in " + backup_dir));

  // Restore the first backup while the first server still runs on its own
  // store, then serve the copy (one server at a time).
  const CtlRun restore =
      Ctl(dir, {"restore", "--backup-dir", backup_dir, "--data-dir",
                restored_dir, "--backup-id", absl::StrCat(backup->id())}, "");
  ASSERT_EQ(restore.exit_code, 0) << restore.err;
  EXPECT_THAT(restore.out,
              HasSubstr(absl::StrCat("Restored backup ", backup->id())));
  EXPECT_EQ((*server)->Stop(), 0);
  ServerOptions on_restored;
  on_restored.data_dir = restored_dir;
  absl::StatusOr<std::unique_ptr<ServerProcess>> restored =
      ServerProcess::Start(on_restored);
  ASSERT_TRUE(restored.ok()) << restored.status();
  Client client((*restored)->Channel());
  const std::set<std::string> present =
      ExpectAcknowledgedBeforeBackupPresent(client, logs, t0, t1);
  ASSERT_NO_FATAL_FAILURE(ExpectListingsAgree(client, *org, units, present));

  // A restore never overwrites a store, least of all a live one.
  const CtlRun over = Ctl(
      dir, {"restore", "--backup-dir", backup_dir, "--data-dir", restored_dir}, "");
  EXPECT_EQ(over.exit_code, 1);
  EXPECT_THAT(over.err, HasSubstr("is not empty"));
  EXPECT_THAT(over.err, HasSubstr("FAILED_PRECONDITION"));
}

}  // namespace
}  // namespace vaktbro::testing
