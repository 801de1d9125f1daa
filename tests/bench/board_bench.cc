// How fast the coordinator's board opens with 10 000 open shifts, and that
// the GUI thread is never kept busy for long.
//
//   build/tests/bench/board_bench [--shifts 10000] [--client build/client/gui/vaktbro]
//
// Starts the real vaktbro-server with the demo region on loopback, posts
// --shifts open shifts at the demo hospital (8 threads), then, logged in as
// the demo coordinator, times:
//   1. the listing: ExchangeClient::ListOpenShifts of the hospital, every
//      page (what the client's worker thread does);
//   2. the board model: BoardModel::FinishLoad of that listing (what the
//      GUI thread does with it), a search keystroke, a re-sort by title,
//      and one live event;
//   3. with --client and xvfb-run: the real desktop client opening the
//      board (--view board --screenshot), its "ready-ms" from the main
//      window's opening until the rows show, and "max-stall-ms", the
//      longest the GUI thread went without handling a 20 ms timer.
// Each figure is the best of --runs (default 5), except the client's.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "board_model.h"
#include "exchange_client.h"
#include "grpcpp/client_context.h"
#include "login.h"
#include "oslo_time.h"
#include "server_process.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro {
namespace {

constexpr char kHospital[] = "organisations/vestvik-sykehus";

struct Flags {
  int shifts = 10000;
  int runs = 5;
  std::string client;
};

Flags Parse(int argc, char** argv) {
  Flags flags;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string name = argv[i];
    if (name == "--shifts") flags.shifts = std::atoi(argv[i + 1]);
    if (name == "--runs") flags.runs = std::atoi(argv[i + 1]);
    if (name == "--client") flags.client = argv[i + 1];
  }
  return flags;
}

double Ms(absl::Duration d) { return absl::ToDoubleMilliseconds(d); }

// Posts `count` open shifts at the hospital's first unit, spread over the
// coming 60 days, with `threads` channels.
bool PostShifts(const testing::ServerProcess& server, const std::string& unit,
                int count, int threads) {
  std::vector<std::thread> workers;
  std::atomic<int> errors{0};
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      auto stub = v1::ShiftService::NewStub(server.Channel());
      const absl::Time base = absl::Now() + absl::Hours(24);
      for (int i = t; i < count; i += threads) {
        v1::PostShiftRequest request;
        v1::Shift* s = request.mutable_shift();
        s->set_organisation(kHospital);
        s->set_unit(unit);
        s->set_title(absl::StrCat("Bench ", i));
        const absl::Time start = base + absl::Minutes(i * 60 * 24 * 60 / count);
        *s->mutable_start_time() = client::ToTimestamp(start);
        *s->mutable_end_time() = client::ToTimestamp(start + absl::Hours(8));
        s->set_profession(v1::NURSE);
        s->set_headcount(1);
        s->set_reason(v1::Shift::SICK_LEAVE);
        s->set_visibility(v1::Shift::EMPLOYER);
        request.set_request_id(absl::StrCat("bench-", i));
        grpc::ClientContext context;
        context.set_deadline(testing::Deadline(30));
        v1::Shift posted;
        if (!stub->PostShift(&context, request, &posted).ok()) ++errors;
      }
    });
  }
  for (std::thread& w : workers) w.join();
  return errors == 0;
}

int Run(const Flags& flags) {
  auto server = testing::ServerProcess::Start({.demo = true});
  if (!server.ok()) {
    std::fprintf(stderr, "server: %s\n", server.status().ToString().c_str());
    return 1;
  }
  const client::ServerOptions options{.address = (*server)->address(), .plaintext = true};
  absl::StatusOr<client::Session> session =
      client::LogIn(options, "koordinator", "demo-koordinator");
  if (!session.ok()) {
    std::fprintf(stderr, "login: %s\n", session.status().ToString().c_str());
    return 1;
  }
  client::ExchangeClient exchange(session->channel);
  absl::StatusOr<std::vector<v1::Unit>> units = exchange.ListUnits(kHospital);
  if (!units.ok() || units->empty()) {
    std::fprintf(stderr, "no units at the hospital\n");
    return 1;
  }
  const client::ShiftFilter filter{.organisation = kHospital};
  absl::StatusOr<std::vector<v1::Shift>> before = exchange.ListOpenShifts(filter);
  const size_t demo_shifts = before.ok() ? before->size() : 0;
  const absl::Time post_start = absl::Now();
  if (!PostShifts(**server, units->front().name(), flags.shifts, 8)) {
    std::fprintf(stderr, "some posts failed\n");
    return 1;
  }
  std::printf("posted %d shifts in %.1f s (the demo had %zu open at the hospital)\n",
              flags.shifts, absl::ToDoubleSeconds(absl::Now() - post_start), demo_shifts);
  absl::StatusOr<client::Directory> directory = exchange.LoadDirectory();
  if (!directory.ok()) return 1;

  double list_ms = 1e9, load_ms = 1e9, search_ms = 1e9, sort_ms = 1e9, event_ms = 1e9;
  size_t rows = 0;
  for (int run = 0; run < flags.runs; ++run) {
    absl::Time t = absl::Now();
    absl::StatusOr<std::vector<v1::Shift>> shifts = exchange.ListOpenShifts(filter);
    list_ms = std::min(list_ms, Ms(absl::Now() - t));
    if (!shifts.ok()) return 1;
    client::BoardModel board;
    board.SetDirectory(directory->organisations, directory->units);
    board.SetFilter(filter);
    t = absl::Now();
    board.FinishLoad(board.BeginLoad(), *shifts);
    load_ms = std::min(load_ms, Ms(absl::Now() - t));
    rows = board.row_count();
    t = absl::Now();
    board.SetSearch("bench 99");
    search_ms = std::min(search_ms, Ms(absl::Now() - t));
    board.SetSearch("");
    t = absl::Now();
    board.SetSort(client::BoardColumn::kTitle, true);
    sort_ms = std::min(sort_ms, Ms(absl::Now() - t));
    v1::ShiftEvent event;
    event.set_kind(v1::ShiftEvent::CHANGED);
    *event.mutable_shift() = shifts->at(shifts->size() / 2);
    event.mutable_shift()->mutable_update_time()->set_seconds(
        absl::ToUnixSeconds(absl::Now()) + 10);
    event.mutable_shift()->set_title("Changed");
    t = absl::Now();
    board.Apply(event);
    event_ms = std::min(event_ms, Ms(absl::Now() - t));
  }
  std::printf("| step | thread | best of %d |\n|---|---|---|\n", flags.runs);
  std::printf("| list %zu open shifts over gRPC (500 a page) | worker | %.0f ms |\n", rows, list_ms);
  std::printf("| board model: take the listing | GUI | %.0f ms |\n", load_ms);
  std::printf("| board model: one search keystroke | GUI | %.1f ms |\n", search_ms);
  std::printf("| board model: sort by title | GUI | %.0f ms |\n", sort_ms);
  std::printf("| board model: one live event | GUI | %.3f ms |\n", event_ms);

  if (!flags.client.empty()) {
    const std::string password = "/tmp/vaktbro-board-bench-password";
    std::ofstream(password) << "demo-koordinator\n";
    const std::string out = "/tmp/vaktbro-board-bench.out";
    const std::string command = absl::StrCat(
        "HOME=/tmp/vaktbro-board-bench-home xvfb-run -a -s '-screen 0 1400x900x24' ",
        flags.client, " --server ", (*server)->address(),
        " --plaintext --lang nb --login koordinator --password-file ", password,
        " --view board --screenshot /tmp/vaktbro-board-bench.png > ", out);
    const absl::Time t = absl::Now();
    const int status = std::system(command.c_str());
    std::printf("desktop client: exit %d after %.1f s in all (start, login, board, screenshot):\n",
                status, absl::ToDoubleSeconds(absl::Now() - t));
    std::ifstream in(out);
    for (std::string line; std::getline(in, line);) std::printf("  %s\n", line.c_str());
  }
  return 0;
}

}  // namespace
}  // namespace vaktbro

int main(int argc, char** argv) {
#ifdef VAKTBRO_SERVER_BINARY_PATH
  setenv("VAKTBRO_SERVER_BINARY", VAKTBRO_SERVER_BINARY_PATH, /*overwrite=*/0);
#endif
  return vaktbro::Run(vaktbro::Parse(argc, argv));
}
