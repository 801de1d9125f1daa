// vaktbro-server: the exchange's gRPC server on an embedded RocksDB store.
// Wiring only: flags, the store, the services, signals.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "demo_loader.h"
#include "directory.h"
#include "directory_service.h"
#include "event_hub.h"
#include "executor.h"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "shift_book.h"
#include "shift_service.h"
#include "store.h"

namespace {

struct Flags {
  std::string data_dir = "data";
  std::string listen = "127.0.0.1:50551";
  std::string port_file;
  bool demo = false;
  bool reflection = false;
  int threads = 16;
};

int Fail(const std::string& message) {
  std::fprintf(stderr, "vaktbro-server: %s\n", message.c_str());
  return 1;
}

// Writes the port atomically, so a reader never sees half a number.
bool WritePortFile(const std::string& path, int port) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp);
    out << port << "\n";
    if (!out) return false;
  }
  return std::rename(tmp.c_str(), path.c_str()) == 0;
}

// Loads the demo region into an empty store. The load writes without syncing
// every record (thousands of them); the store is closed, and so flushed,
// before the server opens it for real.
int MaybeLoadDemo(const Flags& flags) {
  vaktbro::storage::StoreOptions options;
  options.sync_writes = false;
  auto store = vaktbro::storage::Store::Open(flags.data_dir, options);
  if (!store.ok()) return Fail(std::string(store.status().message()));
  auto empty = (*store)->IsEmpty();
  if (!empty.ok()) return Fail(std::string(empty.status().message()));
  if (!*empty) {
    std::fprintf(stderr, "vaktbro-server: the store has data; the demo region is not loaded again\n");
    return 0;
  }
  auto stats = vaktbro::domain::LoadDemo(**store, vaktbro::domain::Clock::System());
  if (!stats.ok()) return Fail(std::string(stats.status().message()));
  std::fprintf(stderr,
               "vaktbro-server: demo region loaded: %d organisations, %d units, %d people, %d positions, "
               "%d shifts, %d assignments, %d agency bookings\n",
               stats->organisations, stats->units, stats->people, stats->positions, stats->shifts,
               stats->assignments, stats->agency_bookings);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  CLI::App app{"vaktbro-server: the shared-staffing exchange (gRPC on an embedded RocksDB store)"};
  app.add_option("--data-dir", flags.data_dir, "Directory of the RocksDB store (created if missing)");
  app.add_option("--listen", flags.listen, "Address to serve on; port 0 picks a free port");
  app.add_option("--port-file", flags.port_file, "Write the port here once serving");
  app.add_flag("--demo", flags.demo, "Load the demo region when the store is empty");
  app.add_flag("--reflection", flags.reflection, "Serve gRPC server reflection");
  app.add_option("--threads", flags.threads, "Worker threads for store transactions")->check(CLI::Range(1, 256));
  CLI11_PARSE(app, argc, argv);

  // Signals are taken by sigwait below; block them before any thread starts.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  if (flags.demo) {
    if (int rc = MaybeLoadDemo(flags); rc != 0) return rc;
  }
  auto store = vaktbro::storage::Store::Open(flags.data_dir, vaktbro::storage::StoreOptions{});
  if (!store.ok()) return Fail(std::string(store.status().message()));

  const vaktbro::domain::Clock& clock = vaktbro::domain::Clock::System();
  vaktbro::domain::ShiftEventHub hub;
  vaktbro::domain::Directory directory(store->get(), &clock);
  vaktbro::domain::ShiftBook book(store->get(), &clock, &hub);
  auto executor = std::make_unique<vaktbro::rpc::Executor>(flags.threads);
  vaktbro::rpc::DirectoryService directory_service(&directory, executor.get());
  vaktbro::rpc::ShiftService shift_service(&book, &hub, executor.get());

  grpc::EnableDefaultHealthCheckService(true);
  if (flags.reflection) grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(flags.listen, grpc::InsecureServerCredentials(), &port);
  builder.RegisterService(&directory_service);
  builder.RegisterService(&shift_service);
  builder.SetMaxReceiveMessageSize(4 << 20);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port == 0) return Fail("cannot listen on " + flags.listen);
  if (!flags.port_file.empty() && !WritePortFile(flags.port_file, port)) {
    return Fail("cannot write the port file " + flags.port_file);
  }
  std::fprintf(stderr, "vaktbro-server: serving on port %d (store %s, schema %d)\n", port,
               flags.data_dir.c_str(), (*store)->schema_version());

  int signal_number = 0;
  sigwait(&signals, &signal_number);
  std::fprintf(stderr, "vaktbro-server: signal %d, stopping\n", signal_number);
  // In-flight calls get a moment to finish; watch streams are cancelled.
  server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
  executor.reset();  // runs what is queued, then joins
  return 0;
}
