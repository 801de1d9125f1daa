// The booking invariants under concurrent load, against the real server:
// a shift never takes more than its headcount, and a person never holds two
// accepted assignments that overlap in time, whoever races for them.
#include <atomic>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "fixtures.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server_process.h"
#include "shared_server.h"

namespace vaktbro::testing {
namespace {

using ::testing::SizeIs;

// How many racers ended with which code.
struct Tally {
  int ok = 0;
  int failed_precondition = 0;
  int aborted = 0;
  int already_exists = 0;
  std::vector<std::string> other;  // "CODE: message" of anything else
};

Tally Count(const std::vector<absl::Status>& results) {
  Tally tally;
  for (const absl::Status& s : results) {
    if (s.ok()) {
      ++tally.ok;
    } else if (absl::IsFailedPrecondition(s)) {
      ++tally.failed_precondition;
    } else if (absl::IsAborted(s)) {
      ++tally.aborted;
    } else if (absl::IsAlreadyExists(s)) {
      ++tally.already_exists;
    } else {
      tally.other.push_back(s.ToString());
    }
  }
  return tally;
}

void Print(const char* what, int round, const Tally& t) {
  std::printf(
      "[%s round %2d] OK %d, FAILED_PRECONDITION %d, ABORTED %d, "
      "ALREADY_EXISTS %d, other %zu\n",
      what, round, t.ok, t.failed_precondition, t.aborted, t.already_exists,
      t.other.size());
}

class InvariantsTest : public SharedServerTest {
 protected:
  void SetUp() override {
    SharedServerTest::SetUp();
    if (HasFatalFailure()) return;
    admin_ = std::make_unique<Client>(server_->Channel());
  }

  // n clients, each with a channel of its own.
  static std::vector<std::unique_ptr<Client>> Clients(int n) {
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < n; ++i)
      clients.push_back(std::make_unique<Client>(server_->Channel()));
    return clients;
  }

  // n nurses, each with a MAIN position on `unit`, created in parallel.
  void AddNurses(int n, const v1::Unit& unit,
                 std::vector<v1::Position>* positions) {
    positions->assign(n, v1::Position());
    std::atomic<int> failures{0};
    ParallelFor(n, [&](int i) {
      absl::StatusOr<v1::Person> person = admin_->AddPerson(v1::NURSE);
      if (!person.ok()) {
        ADD_FAILURE() << "CreatePerson: " << person.status();
        ++failures;
        return;
      }
      absl::StatusOr<v1::Position> position =
          admin_->AddPosition(*person, unit);
      if (!position.ok()) {
        ADD_FAILURE() << "CreatePosition: " << position.status();
        ++failures;
        return;
      }
      (*positions)[i] = *position;
    });
    ASSERT_EQ(failures.load(), 0);
  }

  std::unique_ptr<Client> admin_;
};


// (a) 64 people hold an offer for one headcount-1 shift and accept at once.
TEST_F(InvariantsTest, OnlyOneOfManyAcceptsFillsAHeadcountOneShift) {
  constexpr int kRacers = 64;
  constexpr int kRounds = 20;
  absl::StatusOr<v1::Organisation> org = admin_->AddOrganisation();
  ASSERT_TRUE(org.ok()) << org.status();
  absl::StatusOr<v1::Unit> unit = admin_->AddUnit(*org);
  ASSERT_TRUE(unit.ok()) << unit.status();
  std::vector<v1::Position> positions;
  ASSERT_NO_FATAL_FAILURE(AddNurses(kRacers, *unit, &positions));
  std::vector<std::unique_ptr<Client>> clients = Clients(kRacers);
  const absl::Time base = WholeHourFromNow(24 * 7);

  Tally total;
  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE(::testing::Message() << "round " << round);
    // Rounds are 10 h apart, so a winner's earlier shift never overlaps.
    absl::StatusOr<v1::Shift> shift = admin_->AddShift(
        *unit, {.start = base + absl::Hours(48 * round), .headcount = 1});
    ASSERT_TRUE(shift.ok()) << shift.status();

    std::vector<v1::Assignment> offers(kRacers);
    std::atomic<int> offer_failures{0};
    ParallelFor(kRacers, [&](int i) {
      absl::StatusOr<v1::Assignment> offer = RetryAborted<v1::Assignment>(
          [&] { return clients[i]->Offer(*shift, positions[i]); });
      if (!offer.ok()) {
        ADD_FAILURE() << "OfferShift " << i << ": " << offer.status();
        ++offer_failures;
        return;
      }
      offers[i] = *offer;
    });
    ASSERT_EQ(offer_failures.load(), 0);

    std::vector<absl::Status> results = Race(
        kRacers, [&](int i) { return clients[i]->Accept(offers[i]).status(); });
    const Tally tally = Count(results);
    Print("accept", round, tally);
    total.ok += tally.ok;
    total.failed_precondition += tally.failed_precondition;
    total.aborted += tally.aborted;
    EXPECT_EQ(tally.ok, 1);
    EXPECT_EQ(tally.ok + tally.failed_precondition + tally.aborted, kRacers);
    EXPECT_THAT(tally.other, ::testing::IsEmpty());
    int winner = -1;
    for (int i = 0; i < kRacers; ++i) {
      if (results[i].ok()) winner = i;
      if (absl::IsFailedPrecondition(results[i])) {
        EXPECT_TRUE(absl::StrContains(
            absl::AsciiStrToLower(results[i].message()), "fill"))
            << "a loser's FAILED_PRECONDITION should say the shift is filled: "
            << results[i];
      }
    }

    absl::StatusOr<v1::Shift> after = admin_->GetShift(shift->name());
    ASSERT_TRUE(after.ok()) << after.status();
    EXPECT_EQ(after->filled_count(), 1);
    EXPECT_EQ(after->state(), v1::Shift::FILLED);
    absl::StatusOr<std::vector<v1::Assignment>> accepted =
        admin_->ListAssignments(shift->name(), {v1::Assignment::ACCEPTED});
    ASSERT_TRUE(accepted.ok()) << accepted.status();
    ASSERT_THAT(*accepted, SizeIs(1));
    if (winner >= 0) {
      EXPECT_EQ((*accepted)[0].name(), offers[winner].name());
    }
  }
  std::printf(
      "[accept total] OK %d, FAILED_PRECONDITION %d, ABORTED %d over %d "
      "rounds\n",
      total.ok, total.failed_precondition, total.aborted, kRounds);
}

// (b) One person with positions at four employers accepts 32 offers for
// shifts that all overlap one another, at once.
TEST_F(InvariantsTest, APersonAcceptsOnlyOneOfManyOverlappingShifts) {
  constexpr int kShifts = 32;
  constexpr int kEmployers = 4;
  constexpr int kRounds = 5;
  std::vector<v1::Unit> units;  // two per employer
  for (int e = 0; e < kEmployers; ++e) {
    absl::StatusOr<v1::Organisation> org = admin_->AddOrganisation();
    ASSERT_TRUE(org.ok()) << org.status();
    for (int u = 0; u < 2; ++u) {
      absl::StatusOr<v1::Unit> unit = admin_->AddUnit(*org);
      ASSERT_TRUE(unit.ok()) << unit.status();
      units.push_back(*unit);
    }
  }
  std::vector<std::unique_ptr<Client>> clients = Clients(kShifts);
  const absl::Time base = WholeHourFromNow(24 * 60);

  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE(::testing::Message() << "round " << round);
    // A fresh person per round: MAIN at the first employer, SECONDARY at the
    // others, each on the employer's first unit.
    absl::StatusOr<v1::Person> person = admin_->AddPerson(v1::NURSE);
    ASSERT_TRUE(person.ok()) << person.status();
    std::map<std::string, v1::Position> position_at;  // employer -> position
    for (int e = 0; e < kEmployers; ++e) {
      absl::StatusOr<v1::Position> position = admin_->AddPosition(
          *person, units[2 * e],
          e == 0 ? v1::Position::MAIN : v1::Position::SECONDARY);
      ASSERT_TRUE(position.ok()) << position.status();
      position_at[units[2 * e].organisation()] = *position;
    }

    // Shift k starts k minutes after the first and lasts 8 h: all overlap.
    const absl::Time start = base + absl::Hours(48 * round);
    std::vector<v1::Shift> shifts(kShifts);
    std::vector<v1::Assignment> offers(kShifts);
    std::atomic<int> failures{0};
    ParallelFor(kShifts, [&](int k) {
      const v1::Unit& unit = units[k % units.size()];
      absl::StatusOr<v1::Shift> shift =
          clients[k]->AddShift(unit, {.start = start + absl::Minutes(k)});
      if (!shift.ok()) {
        ADD_FAILURE() << "PostShift " << k << ": " << shift.status();
        ++failures;
        return;
      }
      shifts[k] = *shift;
      absl::StatusOr<v1::Assignment> offer = RetryAborted<v1::Assignment>([&] {
        return clients[k]->Offer(shifts[k],
                                 position_at.at(unit.organisation()));
      });
      if (!offer.ok()) {
        ADD_FAILURE() << "OfferShift " << k << ": " << offer.status();
        ++failures;
        return;
      }
      offers[k] = *offer;
    });
    ASSERT_EQ(failures.load(), 0);

    std::vector<absl::Status> results = Race(
        kShifts, [&](int k) { return clients[k]->Accept(offers[k]).status(); });
    const Tally tally = Count(results);
    Print("overlap", round, tally);
    EXPECT_EQ(tally.ok, 1);
    EXPECT_EQ(tally.ok + tally.failed_precondition + tally.aborted, kShifts);
    EXPECT_THAT(tally.other, ::testing::IsEmpty());
    int winner = -1;
    for (int k = 0; k < kShifts; ++k) {
      if (results[k].ok()) winner = k;
    }
    if (winner >= 0) {
      const std::string winner_id(IdOf(shifts[winner].name()));
      for (int k = 0; k < kShifts; ++k) {
        if (absl::IsFailedPrecondition(results[k])) {
          EXPECT_TRUE(absl::StrContains(results[k].message(), winner_id))
              << "the overlap refusal should name the booked shift "
              << shifts[winner].name() << ": " << results[k];
        }
      }
    }

    absl::StatusOr<std::vector<v1::Assignment>> accepted =
        admin_->ListAssignments(person->name(), {v1::Assignment::ACCEPTED});
    ASSERT_TRUE(accepted.ok()) << accepted.status();
    ASSERT_THAT(*accepted, SizeIs(1));
    if (winner >= 0) {
      EXPECT_EQ((*accepted)[0].shift(), shifts[winner].name());
    }
    for (int k = 0; k < kShifts; ++k) {
      absl::StatusOr<v1::Shift> after = admin_->GetShift(shifts[k].name());
      ASSERT_TRUE(after.ok()) << after.status();
      EXPECT_EQ(after->filled_count(), k == winner ? 1 : 0) << shifts[k].name();
    }
  }
}

// (c) Coordinators assign 64 different people to one headcount-3 shift at
// once.
TEST_F(InvariantsTest, DirectAssignmentsNeverExceedTheHeadcount) {
  constexpr int kRacers = 64;
  constexpr int kHeadcount = 3;
  constexpr int kRounds = 5;
  absl::StatusOr<v1::Organisation> org = admin_->AddOrganisation();
  ASSERT_TRUE(org.ok()) << org.status();
  absl::StatusOr<v1::Unit> unit = admin_->AddUnit(*org);
  ASSERT_TRUE(unit.ok()) << unit.status();
  std::vector<v1::Position> positions;
  ASSERT_NO_FATAL_FAILURE(AddNurses(kRacers, *unit, &positions));
  std::vector<std::unique_ptr<Client>> clients = Clients(kRacers);
  const absl::Time base = WholeHourFromNow(24 * 120);

  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE(::testing::Message() << "round " << round);
    absl::StatusOr<v1::Shift> shift = admin_->AddShift(
        *unit,
        {.start = base + absl::Hours(48 * round), .headcount = kHeadcount});
    ASSERT_TRUE(shift.ok()) << shift.status();

    std::vector<std::string> assigned(kRacers);
    std::vector<absl::Status> results = Race(kRacers, [&](int i) {
      absl::StatusOr<v1::Assignment> a =
          clients[i]->Assign(*shift, positions[i]);
      if (a.ok()) assigned[i] = a->name();
      return a.status();
    });
    const Tally tally = Count(results);
    Print("assign", round, tally);
    EXPECT_EQ(tally.ok, kHeadcount);
    EXPECT_EQ(tally.ok + tally.failed_precondition + tally.aborted, kRacers);
    EXPECT_THAT(tally.other, ::testing::IsEmpty());

    absl::StatusOr<v1::Shift> after = admin_->GetShift(shift->name());
    ASSERT_TRUE(after.ok()) << after.status();
    EXPECT_EQ(after->filled_count(), kHeadcount);
    EXPECT_EQ(after->state(), v1::Shift::FILLED);
    absl::StatusOr<std::vector<v1::Assignment>> accepted =
        admin_->ListAssignments(shift->name(), {v1::Assignment::ACCEPTED});
    ASSERT_TRUE(accepted.ok()) << accepted.status();
    EXPECT_THAT(*accepted, SizeIs(kHeadcount));
    for (const v1::Assignment& a : *accepted) {
      EXPECT_THAT(assigned, ::testing::Contains(a.name()));
    }
  }
}

// (d) The same person offered or assigned to one shift from 16 clients at
// once: one live assignment, the rest ALREADY_EXISTS.
TEST_F(InvariantsTest, OnePersonGetsOneLiveAssignmentPerShift) {
  constexpr int kRacers = 16;
  constexpr int kRounds = 5;
  absl::StatusOr<v1::Organisation> org = admin_->AddOrganisation();
  ASSERT_TRUE(org.ok()) << org.status();
  absl::StatusOr<v1::Unit> unit = admin_->AddUnit(*org);
  ASSERT_TRUE(unit.ok()) << unit.status();
  std::vector<v1::Position> positions;
  ASSERT_NO_FATAL_FAILURE(AddNurses(1, *unit, &positions));
  std::vector<std::unique_ptr<Client>> clients = Clients(kRacers);
  const absl::Time base = WholeHourFromNow(24 * 150);

  for (int round = 0; round < 2 * kRounds; ++round) {
    const bool assign = round % 2 == 1;
    SCOPED_TRACE(::testing::Message() << (assign ? "AssignShift" : "OfferShift")
                                      << " round " << round);
    absl::StatusOr<v1::Shift> shift = admin_->AddShift(
        *unit, {.start = base + absl::Hours(48 * round), .headcount = 5});
    ASSERT_TRUE(shift.ok()) << shift.status();
    std::vector<absl::Status> results = Race(kRacers, [&](int i) {
      return (assign ? clients[i]->Assign(*shift, positions[0])
                     : clients[i]->Offer(*shift, positions[0]))
          .status();
    });
    const Tally tally = Count(results);
    Print(assign ? "same-person assign" : "same-person offer", round, tally);
    EXPECT_EQ(tally.ok, 1);
    EXPECT_EQ(tally.ok + tally.already_exists + tally.aborted, kRacers);
    EXPECT_THAT(tally.other, ::testing::IsEmpty());
    absl::StatusOr<std::vector<v1::Assignment>> live = admin_->ListAssignments(
        shift->name(), {v1::Assignment::OFFERED, v1::Assignment::ACCEPTED});
    ASSERT_TRUE(live.ok()) << live.status();
    EXPECT_THAT(*live, SizeIs(1));
    absl::StatusOr<v1::Shift> after = admin_->GetShift(shift->name());
    ASSERT_TRUE(after.ok()) << after.status();
    EXPECT_EQ(after->filled_count(), assign ? 1 : 0);
  }
}

// (e) A shift cancelled while 32 clients offer and assign it: afterwards it
// has no live assignment and no filled place.
TEST_F(InvariantsTest, CancellingWhileBookingLeavesNothingLive) {
  constexpr int kRacers = 32;
  constexpr int kRounds = 5;
  absl::StatusOr<v1::Organisation> org = admin_->AddOrganisation();
  ASSERT_TRUE(org.ok()) << org.status();
  absl::StatusOr<v1::Unit> unit = admin_->AddUnit(*org);
  ASSERT_TRUE(unit.ok()) << unit.status();
  std::vector<v1::Position> positions;
  ASSERT_NO_FATAL_FAILURE(AddNurses(kRacers, *unit, &positions));
  std::vector<std::unique_ptr<Client>> clients = Clients(kRacers + 1);
  const absl::Time base = WholeHourFromNow(24 * 170);

  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE(::testing::Message() << "round " << round);
    absl::StatusOr<v1::Shift> shift = admin_->AddShift(
        *unit, {.start = base + absl::Hours(48 * round), .headcount = 50});
    ASSERT_TRUE(shift.ok()) << shift.status();
    std::vector<absl::Status> results =
        Race(kRacers + 1, [&](int i) -> absl::Status {
          if (i == kRacers) {
            v1::ShiftTransitionRequest cancel;
            cancel.set_name(shift->name());
            cancel.set_request_id(NewRequestId());
            return clients[i]
                ->Call(&v1::ShiftService::Stub::CancelShift, cancel)
                .status();
          }
          return (i % 2 == 0 ? clients[i]->Assign(*shift, positions[i])
                             : clients[i]->Offer(*shift, positions[i]))
              .status();
        });
    EXPECT_TRUE(results[kRacers].ok()) << "CancelShift: " << results[kRacers];
    results.pop_back();
    const Tally tally = Count(results);
    Print("book-vs-cancel", round, tally);
    EXPECT_THAT(tally.other, ::testing::IsEmpty());

    absl::StatusOr<v1::Shift> after = admin_->GetShift(shift->name());
    ASSERT_TRUE(after.ok()) << after.status();
    EXPECT_EQ(after->state(), v1::Shift::CANCELLED);
    EXPECT_EQ(after->filled_count(), 0);
    absl::StatusOr<std::vector<v1::Assignment>> live = admin_->ListAssignments(
        shift->name(), {v1::Assignment::OFFERED, v1::Assignment::ACCEPTED});
    ASSERT_TRUE(live.ok()) << live.status();
    EXPECT_THAT(*live, ::testing::IsEmpty())
        << "live assignments on a cancelled shift";
  }
}

}  // namespace
}  // namespace vaktbro::testing
