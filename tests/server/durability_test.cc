// Durability and idempotency across a crash: every acknowledged mutation is
// there after SIGKILL and restart, the indexes agree with the records, and a
// request retried with its request_id takes effect once.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "fixtures.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "server_process.h"

namespace vaktbro::testing {
namespace {

using ::google::protobuf::util::MessageDifferencer;
using ::testing::SizeIs;
using ::testing::StartsWith;

constexpr int kWriters = 16;
constexpr int kUnits = 4;

ServerOptions OnDataDir(const std::string& data_dir) {
  ServerOptions options;
  options.data_dir = data_dir;
  return options;
}

// What one writer saw: the replies the server acknowledged, and the request
// that was in flight when the server died (if any).
struct WriterLog {
  std::vector<v1::Shift> shifts;
  std::vector<v1::Assignment> assignments;
  std::optional<v1::PostShiftRequest> post_in_doubt;
  std::optional<v1::OfferShiftRequest> assign_in_doubt;
  std::string unexpected_error;  // an error before the kill
};

// The directory the writers work in.
struct Scene {
  v1::Organisation organisation;
  std::vector<v1::Unit> units;
  std::vector<v1::Position> positions;  // one nurse per writer
};

void BuildScene(Client& client, Scene* scene) {
  absl::StatusOr<v1::Organisation> org = client.AddOrganisation();
  ASSERT_TRUE(org.ok()) << org.status();
  scene->organisation = *org;
  for (int u = 0; u < kUnits; ++u) {
    absl::StatusOr<v1::Unit> unit = client.AddUnit(*org);
    ASSERT_TRUE(unit.ok()) << unit.status();
    scene->units.push_back(*unit);
  }
  for (int w = 0; w < kWriters; ++w) {
    absl::StatusOr<v1::Person> person = client.AddPerson(v1::NURSE);
    ASSERT_TRUE(person.ok()) << person.status();
    absl::StatusOr<v1::Position> position =
        client.AddPosition(*person, scene->units[w % kUnits]);
    ASSERT_TRUE(position.ok()) << position.status();
    scene->positions.push_back(*position);
  }
}

// Posts 30-minute shifts for writer `w`, 18 hours apart, and assigns the
// writer's nurse to every other one (36 hours apart: the working-time rules
// hold), until an RPC fails.
void Write(const ServerProcess& server, const Scene& scene, int w,
           absl::Time base, const std::atomic<bool>& killed, WriterLog* log) {
  Client client(server.Channel());
  const v1::Unit& unit = scene.units[w % kUnits];
  const v1::Position& position = scene.positions[w];
  for (int k = 0;; ++k) {
    v1::PostShiftRequest post =
        ShiftRequest(unit, {.start = base + absl::Hours(18 * k),
                            .length = absl::Minutes(30),
                            .headcount = 2,
                            .title = absl::StrCat("Durable w", w, " k", k)});
    absl::StatusOr<v1::Shift> shift =
        client.Call(&v1::ShiftService::Stub::PostShift, post);
    if (!shift.ok()) {
      log->post_in_doubt = post;
      if (!killed) log->unexpected_error = shift.status().ToString();
      return;
    }
    log->shifts.push_back(*shift);
    if (k % 2 == 1) continue;
    v1::OfferShiftRequest assign =
        OfferRequest(shift->name(), position.person(), position.name());
    absl::StatusOr<v1::Assignment> assignment =
        client.Call(&v1::ShiftService::Stub::AssignShift, assign);
    if (!assignment.ok()) {
      log->assign_in_doubt = assign;
      if (!killed) log->unexpected_error = assignment.status().ToString();
      return;
    }
    log->assignments.push_back(*assignment);
  }
}

// Whether two versions of a shift agree in everything but the fields that
// assignments change (state, filled_count, etag, update_time).
bool SameShiftContent(const v1::Shift& a, const v1::Shift& b,
                      std::string* report) {
  MessageDifferencer differ;
  for (const char* field : {"state", "filled_count", "etag", "update_time"}) {
    differ.IgnoreField(v1::Shift::descriptor()->FindFieldByName(field));
  }
  differ.ReportDifferencesToString(report);
  return differ.Compare(a, b);
}

void ExpectAcknowledgedWritesPresent(Client& client,
                                     const std::vector<WriterLog>& logs) {
  int shifts = 0, assignments = 0;
  for (const WriterLog& log : logs) {
    for (const v1::Shift& acked : log.shifts) {
      ++shifts;
      absl::StatusOr<v1::Shift> now = client.GetShift(acked.name());
      ASSERT_TRUE(now.ok()) << "acknowledged shift lost: " << acked.name()
                            << ": " << now.status();
      std::string report;
      EXPECT_TRUE(SameShiftContent(acked, *now, &report))
          << acked.name() << " differs from the acknowledged reply:\n"
          << report;
    }
    for (const v1::Assignment& acked : log.assignments) {
      ++assignments;
      absl::StatusOr<v1::Assignment> now = client.GetAssignment(acked.name());
      ASSERT_TRUE(now.ok()) << "acknowledged assignment lost: " << acked.name()
                            << ": " << now.status();
      EXPECT_TRUE(MessageDifferencer::Equals(acked, *now))
          << "acknowledged: " << acked.ShortDebugString()
          << "\nnow: " << now->ShortDebugString();
    }
  }
  std::printf("acknowledged before the kill: %d shifts, %d assignments\n",
              shifts, assignments);
}

v1::Shift::State StateFor(int filled, int headcount) {
  if (filled == 0) return v1::Shift::OPEN;
  return filled < headcount ? v1::Shift::PARTLY_FILLED : v1::Shift::FILLED;
}

void ExpectCountsAgree(Client& client, const Scene& scene) {
  v1::ListShiftsRequest request;
  request.set_organisation(scene.organisation.name());
  request.set_page_size(100);
  absl::StatusOr<std::vector<v1::Shift>> shifts = client.ListShifts(request);
  ASSERT_TRUE(shifts.ok()) << shifts.status();
  for (const v1::Shift& shift : *shifts) {
    absl::StatusOr<std::vector<v1::Assignment>> accepted =
        client.ListAssignments(shift.name(), {v1::Assignment::ACCEPTED});
    ASSERT_TRUE(accepted.ok()) << accepted.status();
    EXPECT_EQ(shift.filled_count(), static_cast<int>(accepted->size()))
        << shift.name()
        << ": filled_count disagrees with its ACCEPTED assignments";
    EXPECT_EQ(shift.state(), StateFor(shift.filled_count(), shift.headcount()))
        << shift.name();
  }
}

void ExpectIndexesComplete(Client& client, const Scene& scene,
                           const std::vector<WriterLog>& logs) {
  for (const v1::Unit& unit : scene.units) {
    v1::ListShiftsRequest request;
    request.set_unit(unit.name());
    request.set_page_size(100);
    absl::StatusOr<std::vector<v1::Shift>> listed = client.ListShifts(request);
    ASSERT_TRUE(listed.ok()) << listed.status();
    std::multiset<std::string> names;
    for (const v1::Shift& s : *listed) {
      EXPECT_EQ(s.unit(), unit.name())
          << s.name() << " listed under the wrong unit";
      names.insert(s.name());
    }
    for (const std::string& name : names)
      EXPECT_EQ(names.count(name), 1u) << name << " listed twice";
    for (int w = 0; w < kWriters; ++w) {
      if (scene.units[w % kUnits].name() != unit.name()) continue;
      for (const v1::Shift& acked : logs[w].shifts) {
        EXPECT_TRUE(names.contains(acked.name()))
            << "ListShifts(" << unit.name() << ") misses " << acked.name();
      }
    }
  }
  for (int w = 0; w < kWriters; ++w) {
    absl::StatusOr<std::vector<v1::Assignment>> listed =
        client.ListAssignments(scene.positions[w].person(), {});
    ASSERT_TRUE(listed.ok()) << listed.status();
    std::set<std::string> names;
    for (const v1::Assignment& a : *listed) names.insert(a.name());
    for (const v1::Assignment& acked : logs[w].assignments) {
      EXPECT_TRUE(names.contains(acked.name()))
          << "ListAssignments(" << scene.positions[w].person() << ") misses "
          << acked.name();
    }
  }
}

// Resends each writer's in-doubt request with its request_id: it must succeed
// and have taken effect exactly once.
void ExpectInDoubtRetriesTakeEffectOnce(Client& client,
                                        const std::vector<WriterLog>& logs) {
  int posts = 0, assigns = 0;
  for (const WriterLog& log : logs) {
    if (log.post_in_doubt) {
      ++posts;
      const v1::PostShiftRequest& post = *log.post_in_doubt;
      absl::StatusOr<v1::Shift> shift =
          client.Call(&v1::ShiftService::Stub::PostShift, post);
      ASSERT_TRUE(shift.ok())
          << "retry of an in-doubt PostShift: " << shift.status();
      v1::ListShiftsRequest request;
      request.set_unit(post.shift().unit());
      absl::StatusOr<std::vector<v1::Shift>> listed =
          client.ListShifts(request);
      ASSERT_TRUE(listed.ok()) << listed.status();
      int copies = 0;
      for (const v1::Shift& s : *listed)
        copies += s.title() == post.shift().title();
      EXPECT_EQ(copies, 1) << "in-doubt PostShift \"" << post.shift().title()
                           << "\"";
    }
    if (log.assign_in_doubt) {
      ++assigns;
      const v1::OfferShiftRequest& assign = *log.assign_in_doubt;
      absl::StatusOr<v1::Assignment> assignment =
          client.Call(&v1::ShiftService::Stub::AssignShift, assign);
      ASSERT_TRUE(assignment.ok())
          << "retry of an in-doubt AssignShift: " << assignment.status();
      absl::StatusOr<std::vector<v1::Assignment>> listed =
          client.ListAssignments(assign.shift(), {});
      ASSERT_TRUE(listed.ok()) << listed.status();
      EXPECT_THAT(*listed, SizeIs(1))
          << "in-doubt AssignShift on " << assign.shift();
    }
  }
  std::printf("in doubt at the kill, retried: %d PostShift, %d AssignShift\n",
              posts, assigns);
}

TEST(DurabilityTest, AcknowledgedWritesSurviveSigkill) {
  TempDir dir;
  const std::string data_dir = dir.path() + "/store";
  absl::StatusOr<std::unique_ptr<ServerProcess>> server =
      ServerProcess::Start(OnDataDir(data_dir));
  ASSERT_TRUE(server.ok()) << server.status();
  Scene scene;
  {
    Client admin((*server)->Channel());
    ASSERT_NO_FATAL_FAILURE(BuildScene(admin, &scene));
  }

  std::vector<WriterLog> logs(kWriters);
  std::atomic<bool> killed{false};
  const absl::Time base = WholeHourFromNow(24);
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back(
        [&, w] { Write(**server, scene, w, base, killed, &logs[w]); });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  killed = true;
  (*server)->Kill();
  for (std::thread& t : writers) t.join();
  for (int w = 0; w < kWriters; ++w) {
    EXPECT_EQ(logs[w].unexpected_error, "")
        << "writer " << w << " failed before the kill";
  }

  absl::StatusOr<std::unique_ptr<ServerProcess>> restarted =
      ServerProcess::Start(OnDataDir(data_dir));
  ASSERT_TRUE(restarted.ok()) << restarted.status();
  Client client((*restarted)->Channel());
  ASSERT_NO_FATAL_FAILURE(ExpectAcknowledgedWritesPresent(client, logs));
  ASSERT_NO_FATAL_FAILURE(ExpectCountsAgree(client, scene));
  ASSERT_NO_FATAL_FAILURE(ExpectIndexesComplete(client, scene, logs));
  ASSERT_NO_FATAL_FAILURE(ExpectInDoubtRetriesTakeEffectOnce(client, logs));
  ASSERT_NO_FATAL_FAILURE(ExpectCountsAgree(client, scene));
}

TEST(DurabilityTest, RetriedRequestTakesEffectOnceAcrossARestart) {
  TempDir dir;
  const std::string data_dir = dir.path() + "/store";
  absl::StatusOr<std::unique_ptr<ServerProcess>> server =
      ServerProcess::Start(OnDataDir(data_dir));
  ASSERT_TRUE(server.ok()) << server.status();
  Client first((*server)->Channel());
  absl::StatusOr<v1::Organisation> org = first.AddOrganisation();
  ASSERT_TRUE(org.ok()) << org.status();
  absl::StatusOr<v1::Unit> unit = first.AddUnit(*org);
  ASSERT_TRUE(unit.ok()) << unit.status();
  absl::StatusOr<v1::Person> person = first.AddPerson(v1::NURSE);
  ASSERT_TRUE(person.ok()) << person.status();
  absl::StatusOr<v1::Position> position = first.AddPosition(*person, *unit);
  ASSERT_TRUE(position.ok()) << position.status();

  const v1::PostShiftRequest post =
      ShiftRequest(*unit, {.start = WholeHourFromNow(72)});
  absl::StatusOr<v1::Shift> shift =
      first.Call(&v1::ShiftService::Stub::PostShift, post);
  ASSERT_TRUE(shift.ok()) << shift.status();
  const v1::OfferShiftRequest assign =
      OfferRequest(shift->name(), position->person(), position->name());
  absl::StatusOr<v1::Assignment> assignment =
      first.Call(&v1::ShiftService::Stub::AssignShift, assign);
  ASSERT_TRUE(assignment.ok()) << assignment.status();
  (*server)->Kill();

  absl::StatusOr<std::unique_ptr<ServerProcess>> restarted =
      ServerProcess::Start(OnDataDir(data_dir));
  ASSERT_TRUE(restarted.ok()) << restarted.status();
  Client client((*restarted)->Channel());

  absl::StatusOr<v1::Shift> again =
      client.Call(&v1::ShiftService::Stub::PostShift, post);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->name(), shift->name());
  EXPECT_TRUE(MessageDifferencer::Equals(*again, *shift))
      << "first reply: " << shift->ShortDebugString()
      << "\nretry: " << again->ShortDebugString();
  absl::StatusOr<v1::Assignment> assigned_again =
      client.Call(&v1::ShiftService::Stub::AssignShift, assign);
  ASSERT_TRUE(assigned_again.ok()) << assigned_again.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*assigned_again, *assignment))
      << "first reply: " << assignment->ShortDebugString()
      << "\nretry: " << assigned_again->ShortDebugString();

  v1::ListShiftsRequest by_unit;
  by_unit.set_unit(unit->name());
  absl::StatusOr<std::vector<v1::Shift>> shifts = client.ListShifts(by_unit);
  ASSERT_TRUE(shifts.ok()) << shifts.status();
  ASSERT_THAT(*shifts, SizeIs(1));
  EXPECT_EQ((*shifts)[0].filled_count(), 1);
  absl::StatusOr<std::vector<v1::Assignment>> assignments =
      client.ListAssignments(shift->name(), {});
  ASSERT_TRUE(assignments.ok()) << assignments.status();
  EXPECT_THAT(*assignments, SizeIs(1));

  // The same request_id with a different request is refused, naming the field.
  v1::PostShiftRequest changed = post;
  changed.mutable_shift()->set_title("Dag, Kirurgi");
  absl::StatusOr<v1::Shift> refused =
      client.Call(&v1::ShiftService::Stub::PostShift, changed);
  EXPECT_TRUE(absl::IsInvalidArgument(refused.status())) << refused.status();
  EXPECT_THAT(std::string(refused.status().message()),
              StartsWith("request_id: "));

  absl::StatusOr<v1::Person> other = client.AddPerson(v1::NURSE);
  ASSERT_TRUE(other.ok()) << other.status();
  absl::StatusOr<v1::Position> other_position =
      client.AddPosition(*other, *unit);
  ASSERT_TRUE(other_position.ok()) << other_position.status();
  v1::OfferShiftRequest changed_assign = assign;
  changed_assign.set_person(other->name());
  changed_assign.set_position(other_position->name());
  absl::StatusOr<v1::Assignment> refused_assign =
      client.Call(&v1::ShiftService::Stub::AssignShift, changed_assign);
  EXPECT_TRUE(absl::IsInvalidArgument(refused_assign.status()))
      << refused_assign.status();
  EXPECT_THAT(std::string(refused_assign.status().message()),
              StartsWith("request_id: "));

  shifts = client.ListShifts(by_unit);
  ASSERT_TRUE(shifts.ok()) << shifts.status();
  EXPECT_THAT(*shifts, SizeIs(1));
  assignments = client.ListAssignments(shift->name(), {});
  ASSERT_TRUE(assignments.ok()) << assignments.status();
  EXPECT_THAT(*assignments, SizeIs(1));
}

// A second server on a store another server holds refuses to start, with a
// message, and leaves the first one serving.
TEST(DurabilityTest, SecondServerOnTheSameStoreRefuses) {
  TempDir dir;
  absl::StatusOr<std::unique_ptr<ServerProcess>> first =
      ServerProcess::Start(OnDataDir(dir.path() + "/store"));
  ASSERT_TRUE(first.ok()) << first.status();
  absl::StatusOr<std::unique_ptr<ServerProcess>> second =
      ServerProcess::Start(OnDataDir(dir.path() + "/store"));
  EXPECT_FALSE(second.ok());
  EXPECT_THAT(std::string(second.status().message()), ::testing::HasSubstr("exited during start-up"));
  Client client((*first)->Channel());
  EXPECT_TRUE(client.AddOrganisation().ok());
}

}  // namespace
}  // namespace vaktbro::testing
