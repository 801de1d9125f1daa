// Durable bookings per second against the real vaktbro-server (default,
// synced flags), with 1, 16 and 64 concurrent clients, and the rate of a
// unit's board (ListShifts, page_size 100). Each client thread has a channel
// of its own. Every booking is an AssignShift of a distinct (person, shift)
// pair, so every call commits and syncs the WAL.
//
//   build/tests/bench/booking_bench [--benchmark_filter=Book]
//
// Counters: bookings_per_s / lists_per_s (all clients together, wall time),
// p50_ms / p99_ms (per-call latency over all clients), errors.
#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "fixtures.h"
#include "server_process.h"

namespace vaktbro::testing {
namespace {

constexpr int kPeoplePerClient = 10;  // also the headcount of each shift
constexpr int kBoardShifts = 300;

// The server and the directory every benchmark shares; set up once in main.
struct Shared {
  std::unique_ptr<ServerProcess> server;
  v1::Organisation org;
  v1::Unit booking_unit;
  v1::Unit board_unit;  // kBoardShifts shifts
};
Shared* shared = nullptr;

// Latencies of the current run, from every client thread.
struct Latencies {
  std::mutex mu;
  std::vector<double> ms;  // guarded by mu
};
Latencies* latencies = nullptr;

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const size_t i =
      std::min(values.size() - 1, static_cast<size_t>(p * values.size()));
  return values[i];
}

// Thread 0 clears the latencies before the timed loop; every thread records
// inside it; after the loop (all threads have passed the stop barrier) thread
// 0 reports the percentiles.
void ResetLatencies(const benchmark::State& state) {
  if (state.thread_index() != 0) return;
  std::lock_guard<std::mutex> lock(latencies->mu);
  latencies->ms.clear();
}

void Record(std::chrono::steady_clock::time_point since) {
  const double ms = std::chrono::duration<double, std::milli>(
                        std::chrono::steady_clock::now() - since)
                        .count();
  std::lock_guard<std::mutex> lock(latencies->mu);
  latencies->ms.push_back(ms);
}

void ReportLatencies(benchmark::State& state) {
  if (state.thread_index() != 0) return;
  std::lock_guard<std::mutex> lock(latencies->mu);
  state.counters["p50_ms"] = Percentile(latencies->ms, 0.50);
  state.counters["p99_ms"] = Percentile(latencies->ms, 0.99);
}

// The people and shifts one client books: person i % n on shift i / n, so
// every pair is distinct and no person is booked twice at the same time.
struct Bookings {
  std::vector<v1::Position> positions;
  std::vector<v1::Shift> shifts;
};

absl::StatusOr<Bookings> PrepareBookings(Client& client, int64_t iterations) {
  Bookings b;
  for (int i = 0; i < kPeoplePerClient; ++i) {
    absl::StatusOr<v1::Person> person = client.AddPerson(v1::NURSE);
    if (!person.ok()) return person.status();
    absl::StatusOr<v1::Position> position =
        client.AddPosition(*person, shared->booking_unit);
    if (!position.ok()) return position.status();
    b.positions.push_back(*position);
  }
  const absl::Time base = WholeHourFromNow(48);
  const int64_t shifts = (iterations + kPeoplePerClient - 1) / kPeoplePerClient;
  for (int64_t k = 0; k < shifts; ++k) {
    absl::StatusOr<v1::Shift> shift =
        client.AddShift(shared->booking_unit, {.start = base + absl::Hours(k),
                                               .length = absl::Hours(1),
                                               .headcount = kPeoplePerClient});
    if (!shift.ok()) return shift.status();
    b.shifts.push_back(*shift);
  }
  return b;
}

void BM_DurableBooking(benchmark::State& state) {
  Client client(shared->server->Channel());
  absl::StatusOr<Bookings> bookings =
      PrepareBookings(client, state.max_iterations);
  if (!bookings.ok()) {
    state.SkipWithError(bookings.status().ToString().c_str());
    for (auto _ : state) {
    }
    return;
  }
  ResetLatencies(state);
  int64_t i = 0, ok = 0, errors = 0;
  for (auto _ : state) {
    const v1::Position& position = bookings->positions[i % kPeoplePerClient];
    const v1::Shift& shift = bookings->shifts[i / kPeoplePerClient];
    const auto start = std::chrono::steady_clock::now();
    absl::StatusOr<v1::Assignment> a = client.Assign(shift, position);
    Record(start);
    (a.ok() ? ok : errors) += 1;
    ++i;
  }
  state.counters["bookings_per_s"] =
      benchmark::Counter(ok, benchmark::Counter::kIsRate);
  state.counters["errors"] = errors;
  ReportLatencies(state);
}

void BM_UnitBoard(benchmark::State& state) {
  Client client(shared->server->Channel());
  v1::ListShiftsRequest request;
  request.set_unit(shared->board_unit.name());
  request.set_page_size(100);
  ResetLatencies(state);
  int64_t ok = 0, errors = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    absl::StatusOr<v1::ListShiftsResponse> page =
        client.Call(&v1::ShiftService::Stub::ListShifts, request);
    Record(start);
    (page.ok() && page->shifts_size() == 100 ? ok : errors) += 1;
  }
  state.counters["lists_per_s"] =
      benchmark::Counter(ok, benchmark::Counter::kIsRate);
  state.counters["errors"] = errors;
  ReportLatencies(state);
}

// Iterations per client, so that each run books about 1000-2000 times.
BENCHMARK(BM_DurableBooking)->Threads(1)->Iterations(1000)->UseRealTime();
BENCHMARK(BM_DurableBooking)->Threads(16)->Iterations(100)->UseRealTime();
BENCHMARK(BM_DurableBooking)->Threads(64)->Iterations(32)->UseRealTime();
BENCHMARK(BM_UnitBoard)->Threads(1)->Iterations(500)->UseRealTime();
BENCHMARK(BM_UnitBoard)->Threads(16)->Iterations(100)->UseRealTime();
BENCHMARK(BM_UnitBoard)->Threads(64)->Iterations(25)->UseRealTime();

absl::Status SetUpShared() {
#ifdef VAKTBRO_SERVER_BINARY_PATH
  setenv("VAKTBRO_SERVER_BINARY", VAKTBRO_SERVER_BINARY_PATH, /*overwrite=*/0);
#endif
  absl::StatusOr<std::unique_ptr<ServerProcess>> server =
      ServerProcess::Start({});
  if (!server.ok()) return server.status();
  shared->server = *std::move(server);
  Client client(shared->server->Channel());
  absl::StatusOr<v1::Organisation> org = client.AddOrganisation();
  if (!org.ok()) return org.status();
  shared->org = *org;
  absl::StatusOr<v1::Unit> booking = client.AddUnit(*org);
  if (!booking.ok()) return booking.status();
  shared->booking_unit = *booking;
  absl::StatusOr<v1::Unit> board = client.AddUnit(*org);
  if (!board.ok()) return board.status();
  shared->board_unit = *board;
  const absl::Time base = WholeHourFromNow(24);
  std::atomic<int> failures{0};
  ParallelFor(10, [&](int t) {
    Client own(shared->server->Channel());
    for (int k = t; k < kBoardShifts; k += 10) {
      if (!own.AddShift(*board, {.start = base + absl::Hours(k)}).ok())
        ++failures;
    }
  });
  if (failures > 0)
    return absl::InternalError(
        absl::StrCat(failures.load(), " board shifts failed"));
  return absl::OkStatus();
}

}  // namespace
}  // namespace vaktbro::testing

int main(int argc, char** argv) {
  using namespace vaktbro::testing;  // NOLINT: main only
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  shared = new Shared();
  latencies = new Latencies();
  const absl::Status status = SetUpShared();
  if (!status.ok()) {
    std::fprintf(stderr, "booking_bench: cannot set up the server: %s\n",
                 status.ToString().c_str());
    return 1;
  }
  std::printf("vaktbro-server at %s, data in %s\n",
              shared->server->address().c_str(),
              shared->server->data_dir().c_str());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  delete shared;
  delete latencies;
  return 0;
}
