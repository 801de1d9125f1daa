// matching_bench: the matching engine on a synthetic region of 20 000 staff
// with a year of history. A benchmark, not a test: run it by hand.
//
//   matching_bench [--staff 20000] [--queries 200] [--propose-seconds 30]
//
// 1. Writes the region straight into a RocksDB store (WAL sync off while
//    loading): 11 organisations in one region, partners in a chain; the big
//    one has half the staff in 100 units; every person a main position, one
//    in eight a secondary position at a partner; a year of history (one
//    booked shift a week) and four weeks of planned rota (four a week) per
//    person; 10 000 open shifts in the big organisation over four weeks.
// 2. In process: loads the Region, then times FindCandidates on `queries`
//    open shifts (p50, p99), and ProposeAssignments for the big
//    organisation's four weeks (10 000 shifts, 10 000 staff).
// 3. Over gRPC: starts vaktbro-server on the same store and times
//    FindCandidates again from a real client on loopback.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "fixtures.h"
#include "matching.h"
#include "region.h"
#include "rule_book.h"
#include "server_process.h"
#include "shift_book.h"
#include "store.h"

namespace vaktbro::bench {
namespace {

using testing::ServerProcess;
using testing::TempDir;
namespace v1 = ::vaktbro::v1;

google::protobuf::Timestamp Ts(int64_t unix) {
  google::protobuf::Timestamp t;
  t.set_seconds(unix);
  return t;
}

void Check(const absl::Status& s, const char* what) {
  if (!s.ok()) {
    std::fprintf(stderr, "matching_bench: %s: %s\n", what, std::string(s.message()).c_str());
    std::exit(1);
  }
}

struct Region {
  std::vector<std::string> open_shifts;   // names
  std::string big_org;
  int64_t period_start = 0, period_end = 0;
  int64_t records = 0;
};

// Writes in transactions of about `kBatch` records.
class Writer {
 public:
  explicit Writer(storage::Store* store) : store_(store), txn_(store->Begin()) {}
  template <typename T>
  void Put(const T& r) {
    Check(txn_->Put(r), "put");
    if (++n_ % 2000 == 0) Flush();
  }
  void Flush() {
    Check(txn_->Commit(), "commit");
    txn_ = store_->Begin();
  }
  int64_t count() const { return n_; }

 private:
  storage::Store* store_;
  std::unique_ptr<storage::Txn> txn_;
  int64_t n_ = 0;
};

Region Build(storage::Store* store, int staff) {
  Region out;
  Writer w(store);
  const absl::TimeZone oslo = [] {
    absl::TimeZone z;
    absl::LoadTimeZone("Europe/Oslo", &z);
    return z;
  }();
  absl::CivilDay monday = absl::ToCivilDay(absl::Now(), oslo) + 7;
  while (absl::GetWeekday(monday) != absl::Weekday::monday) ++monday;
  auto at = [&](absl::CivilDay d, int hour) {
    return absl::ToUnixSeconds(absl::FromCivil(absl::CivilHour(d.year(), d.month(), d.day(), hour), oslo));
  };
  const int kOrgs = 11;
  const int big_staff = staff / 2;
  const int small_staff = (staff - big_staff) / (kOrgs - 1);
  const int per_unit = 100;
  std::vector<std::string> orgs;
  for (int o = 0; o < kOrgs; ++o) {
    v1::Organisation org;
    org.set_name(absl::StrFormat("organisations/o%02d", o));
    org.set_display_name(absl::StrFormat("Org %d", o));
    org.set_kind(o == 0 ? v1::Organisation::HOSPITAL_TRUST : v1::Organisation::MUNICIPALITY);
    org.set_region("Benchmark");
    org.set_etag("1");
    w.Put(org);
    orgs.push_back(org.name());
    if (o > 0) {
      v1::Partnership p;
      p.set_name(absl::StrFormat("partnerships/p%02d", o));
      p.add_organisations(orgs[o - 1]);
      p.add_organisations(org.name());
      p.set_etag("1");
      w.Put(p);
    }
  }
  out.big_org = orgs[0];
  std::mt19937 rng(7);
  int person = 0;
  std::vector<std::string> big_units;
  for (int o = 0; o < kOrgs; ++o) {
    const int people = o == 0 ? big_staff : small_staff;
    for (int u = 0; u * per_unit < people; ++u) {
      v1::Unit unit;
      unit.set_name(absl::StrFormat("units/o%02du%03d", o, u));
      unit.set_organisation(orgs[o]);
      unit.set_display_name(absl::StrFormat("Unit %d-%d", o, u));
      unit.set_kind(v1::Unit::HOSPITAL_WARD);
      unit.set_etag("1");
      w.Put(unit);
      if (o == 0) big_units.push_back(unit.name());
      for (int k = 0; k < per_unit && u * per_unit + k < people; ++k, ++person) {
        v1::Person p;
        p.set_name(absl::StrFormat("people/x%05d", person));
        p.set_display_name(absl::StrFormat("Person %d", person));
        p.set_birth_year(1960 + person % 40);
        p.add_professions(person % 3 == 0 ? v1::HEALTH_WORKER : v1::NURSE);
        p.set_home_region("Benchmark");
        p.set_etag("1");
        if (person % 2 == 0) *p.mutable_cross_employer_consent_time() = Ts(0);
        w.Put(p);
        v1::Position pos;
        pos.set_name(absl::StrFormat("positions/x%05dm", person));
        pos.set_person(p.name());
        pos.set_employer(orgs[o]);
        pos.set_unit(unit.name());
        pos.set_kind(v1::Position::MAIN);
        pos.set_percentage(80);
        pos.mutable_valid_from()->set_year(2020);
        pos.mutable_valid_from()->set_month(1);
        pos.mutable_valid_from()->set_day(1);
        pos.set_pay_scheme(v1::Position::ORDINARY);
        pos.set_etag("1");
        w.Put(pos);
        if (person % 8 == 0 && o + 1 < kOrgs) {
          v1::Position second = pos;
          second.set_name(absl::StrFormat("positions/x%05ds", person));
          second.set_employer(orgs[o + 1]);
          second.clear_unit();
          second.set_kind(v1::Position::SECONDARY);
          second.set_percentage(20);
          w.Put(second);
        }
        // A year of history (one shift a week) and four weeks of rota.
        const int weekday = static_cast<int>(rng() % 5);
        for (int week = -52; week < 4; ++week) {
          const int per_week = week < 0 ? 1 : 4;
          for (int j = 0; j < per_week; ++j) {
            const absl::CivilDay d = monday + week * 7 + (weekday + j * 2) % 7;
            v1::PlannedShift ps;
            ps.set_name(absl::StrFormat("plannedShifts/x%05d-%d-%d", person, week + 52, j));
            ps.set_position(pos.name());
            ps.set_person(p.name());
            ps.set_employer(orgs[o]);
            ps.set_label("Dag");
            *ps.mutable_start_time() = Ts(at(d, 7));
            *ps.mutable_end_time() = Ts(at(d, 15));
            w.Put(ps);
          }
        }
      }
    }
  }
  // 10 000 open shifts in the big organisation over four weeks.
  out.period_start = at(monday, 0);
  out.period_end = at(monday + 28, 0);
  for (int i = 0; i < 10000; ++i) {
    const absl::CivilDay d = monday + i % 28;
    const int hour = (i / 28) % 3 == 0 ? 7 : ((i / 28) % 3 == 1 ? 15 : 22);
    v1::Shift s;
    s.set_name(absl::StrFormat("shifts/open%05d", i));
    s.set_organisation(orgs[0]);
    s.set_unit(big_units[i % big_units.size()]);
    s.set_title(hour == 7 ? "Dag" : hour == 15 ? "Kveld" : "Natt");
    *s.mutable_start_time() = Ts(at(d, hour));
    *s.mutable_end_time() = Ts(at(d, hour) + 8 * 3600);
    s.set_profession(i % 3 == 0 ? v1::HEALTH_WORKER : v1::NURSE);
    s.set_headcount(1);
    s.set_visibility(v1::Shift::REGION);
    s.set_state(v1::Shift::OPEN);
    s.set_etag("1");
    w.Put(s);
    out.open_shifts.push_back(s.name());
  }
  w.Flush();
  out.records = w.count();
  return out;
}

struct Latency {
  double p50 = 0, p99 = 0, mean = 0;
};

Latency Summarise(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  Latency l;
  l.p50 = ms[ms.size() / 2];
  l.p99 = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
  for (double v : ms) l.mean += v / ms.size();
  return l;
}

double Since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

int Main(int argc, char** argv) {
  int staff = 20000;
  int queries = 200;
  double propose_seconds = 30;
  CLI::App app{"matching_bench: FindCandidates and ProposeAssignments on a synthetic region"};
  app.add_option("--staff", staff)->capture_default_str();
  app.add_option("--queries", queries)->capture_default_str();
  app.add_option("--propose-seconds", propose_seconds, "0: skip the proposal")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
#ifdef VAKTBRO_SERVER_BINARY_PATH
  setenv("VAKTBRO_SERVER_BINARY", VAKTBRO_SERVER_BINARY_PATH, /*overwrite=*/0);
#endif

  TempDir dir;
  const std::string data = dir.path() + "/store";
  Region region;
  {
    storage::StoreOptions fast;
    fast.sync_writes = false;
    auto store = storage::Store::Open(data, fast);
    Check(store.status(), "open");
    const auto t = std::chrono::steady_clock::now();
    region = Build(store->get(), staff);
    std::printf("built: %d staff, %lld records in %.1f s\n", staff, static_cast<long long>(region.records),
                Since(t) / 1000);
  }
  std::vector<std::string> sample;
  std::mt19937 rng(11);
  for (int i = 0; i < queries; ++i) sample.push_back(region.open_shifts[rng() % region.open_shifts.size()]);

  {
    auto store = storage::Store::Open(data, storage::StoreOptions{});
    Check(store.status(), "open");
    const domain::Clock& clock = domain::Clock::System();
    domain::ShiftEventHub hub;
    const rules::RuleBook& rule_book = rules::DefaultRuleBook();
    domain::ShiftBook book(store->get(), &clock, &hub, &rule_book);
    matching::Region view(store->get(), [&clock] { return clock.Now().seconds(); });
    (*store)->SetCommitObserver(&view);
    auto t = std::chrono::steady_clock::now();
    Check(view.Load(), "load");
    matching::Matching m(store->get(), &clock, &view, &rule_book, &book);
    v1::FindCandidatesRequest warm;
    warm.set_shift(sample[0]);
    Check(m.FindCandidates(warm).status(), "warm");
    std::printf("region loaded and warmed (every person's view read once): %.1f s\n", Since(t) / 1000);
    std::vector<double> ms;
    int eligible = 0;
    for (const std::string& s : sample) {
      v1::FindCandidatesRequest r;
      r.set_shift(s);
      t = std::chrono::steady_clock::now();
      auto found = m.FindCandidates(r);
      ms.push_back(Since(t));
      Check(found.status(), "find");
      eligible += found->candidates_size();
    }
    const Latency l = Summarise(ms);
    std::printf("FindCandidates in process, %d shifts: p50 %.1f ms, p99 %.1f ms, mean %.1f ms (%.0f eligible shown per shift)\n",
                queries, l.p50, l.p99, l.mean, static_cast<double>(eligible) / queries);

    if (propose_seconds > 0) {
    v1::ProposeAssignmentsRequest p;
    p.set_organisation(region.big_org);
    *p.mutable_start_time() = Ts(region.period_start);
    *p.mutable_end_time() = Ts(region.period_end);
    p.set_time_limit_seconds(propose_seconds);
    t = std::chrono::steady_clock::now();
    auto proposal = m.ProposeAssignments(p);
    Check(proposal.status(), "propose");
    std::printf("ProposeAssignments, %zu open shifts, %d staff in the organisation: %.1f s wall, %d of %d places, "
                "%lld NOK, %d warnings\n  %s\n",
                region.open_shifts.size(), staff / 2, Since(t) / 1000, proposal->proposed_places(),
                proposal->open_places(), static_cast<long long>(proposal->total_cost_nok()),
                proposal->warning_count(), proposal->solver_summary().c_str());
    }
    (*store)->SetCommitObserver(nullptr);
  }

  auto server = ServerProcess::Start({.data_dir = data});
  Check(server.status(), "server");
  testing::Client client((*server)->Channel());
  v1::FindCandidatesRequest warm;
  warm.set_shift(sample[0]);
  const auto t0 = std::chrono::steady_clock::now();
  Check(client.Call(&v1::MatchingService::Stub::FindCandidates, warm, 600).status(), "warm over gRPC");
  std::printf("server started; first FindCandidates (warms the region): %.1f s\n", Since(t0) / 1000);
  std::vector<double> ms;
  for (const std::string& s : sample) {
    v1::FindCandidatesRequest r;
    r.set_shift(s);
    const auto t = std::chrono::steady_clock::now();
    Check(client.Call(&v1::MatchingService::Stub::FindCandidates, r, 60).status(), "find over gRPC");
    ms.push_back(Since(t));
  }
  const Latency l = Summarise(ms);
  std::printf("FindCandidates over gRPC, %d shifts: p50 %.1f ms, p99 %.1f ms, mean %.1f ms\n", queries, l.p50,
              l.p99, l.mean);
  return 0;
}

}  // namespace
}  // namespace vaktbro::bench

int main(int argc, char** argv) { return vaktbro::bench::Main(argc, argv); }
