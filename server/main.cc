// vaktbro-server: the exchange's gRPC server on an embedded RocksDB store.
// Wiring only: flags, the store, the services, signals.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "CLI/CLI.hpp"
#include "accounts.h"
#include "admin_service.h"
#include "audit.h"
#include "auth_service.h"
#include "gate.h"
#include "password.h"
#include "policy.h"
#include "agency_register.h"
#include "agency_service.h"
#include "agreement_book.h"
#include "agreement_service.h"
#include "backups.h"
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
#include "health_monitor.h"
#include "log.h"
#include "matching.h"
#include "matching_service.h"
#include "region.h"
#include "rule_book.h"
#include "metrics.h"
#include "metrics_http.h"
#include "metrics_interceptor.h"
#include "systemd/sd-daemon.h"
#include "transport.h"
#include "shift_book.h"
#include "shift_service.h"
#include "store.h"

namespace {

struct Flags {
  std::string data_dir = "data";
  std::string backup_dir;  // empty: "<data-dir>-backups"
  std::string listen = "127.0.0.1:50551";
  std::string port_file;
  bool demo = false;
  bool reflection = false;
  int threads = 16;
  std::string metrics_listen = "127.0.0.1:9464";
  std::string metrics_port_file;
  std::string log_level = "info";
  std::string rules_file;        // empty: the built-in rule text
  int cascade_tick_seconds = 10;
  std::string log_format = "text";
  bool check_config = false;
  vaktbro::ops::TransportOptions transport;  // listen is copied in from `listen`
  std::string admin_password_file;  // creates "admin" when no account exists
  int audit_retention_days = 730;
  int session_hours = 12;
};

// The size of the store's files, for the store-size gauge.
double DirectoryBytes(const std::string& dir) {
  std::error_code ec;
  uint64_t total = 0;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return static_cast<double>(total);
}

// Logs a fatal error (logging is set up right after the flags are read).
int Fail(const std::string& message) {
  vaktbro::ops::Log(vaktbro::ops::LogLevel::kError, "fatal", {{"error", message}});
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
    vaktbro::ops::Log(vaktbro::ops::LogLevel::kInfo, "demo_skipped", {{"reason", "the store has data"}});
    return 0;
  }
  auto stats = vaktbro::domain::LoadDemo(**store, vaktbro::domain::Clock::System());
  if (!stats.ok()) return Fail(std::string(stats.status().message()));
  using vaktbro::ops::Log;
  Log(vaktbro::ops::LogLevel::kInfo, "demo_loaded",
      {{"organisations", std::to_string(stats->organisations)}, {"units", std::to_string(stats->units)},
       {"people", std::to_string(stats->people)}, {"positions", std::to_string(stats->positions)},
       {"shifts", std::to_string(stats->shifts)}, {"assignments", std::to_string(stats->assignments)},
       {"agency_bookings", std::to_string(stats->agency_bookings)}});
  return 0;
}

// The demo's logins, one per role. The employee is the first person with a
// secondary ("hytte") position: someone with two employers.
std::vector<vaktbro::auth::Login> DemoLogins(vaktbro::storage::Store& store) {
  using vaktbro::auth::Login;
  std::vector<Login> logins = {
      {"admin", "demo-admin", vaktbro::v1::ADMINISTRATOR, "", "", "Administrator (demo)"},
      {"koordinator", "demo-koordinator", vaktbro::v1::COORDINATOR, "organisations/vestvik-sykehus", "",
       "Koordinator, Sykehuset Vestvik (demo)"},
      {"koordinator-kommune", "demo-koordinator-kommune", vaktbro::v1::COORDINATOR,
       "organisations/vestvik-kommune", "", "Koordinator, Vestvik kommune (demo)"},
      {"leder", "demo-leder", vaktbro::v1::MANAGER, "organisations/vestvik-sykehus", "",
       "Leder, Sykehuset Vestvik (demo)"},
  };
  std::unique_ptr<vaktbro::storage::Txn> txn = store.Begin();
  std::string after;
  for (;;) {
    auto positions = txn->ListPositions(after, 500);
    if (!positions.ok() || positions->empty()) break;
    for (const vaktbro::v1::Position& p : *positions) {
      if (p.kind() == vaktbro::v1::Position::SECONDARY) {
        logins.push_back({"ansatt", "demo-ansatt", vaktbro::v1::EMPLOYEE, "", p.person(), "Ansatt (demo)"});
        return logins;
      }
    }
    after = std::string(vaktbro::storage::IdOf(positions->back().name()));
  }
  return logins;
}

// Sweeps old audit records and expired sessions now and every six hours
// until destroyed.
class Sweeper {
 public:
  Sweeper(vaktbro::auth::AuditTrail* audit, vaktbro::auth::Accounts* accounts, absl::Duration retention)
      : thread_([this, audit, accounts, retention] {
          std::unique_lock<std::mutex> lock(mu_);
          do {
            lock.unlock();
            auto swept = audit->Sweep(retention);
            auto sessions = accounts->SweepSessions();
            vaktbro::ops::Log(vaktbro::ops::LogLevel::kInfo, "swept",
                              {{"audit_records", swept.ok() ? std::to_string(*swept) : std::string(swept.status().message())},
                               {"sessions", sessions.ok() ? std::to_string(*sessions) : std::string(sessions.status().message())}});
            lock.lock();
          } while (!cv_.wait_for(lock, std::chrono::hours(6), [this] { return stop_; }));
        }) {}
  ~Sweeper() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  CLI::App app{"vaktbro-server: the shared-staffing exchange (gRPC on an embedded RocksDB store)"};
  app.add_option("--data-dir", flags.data_dir, "Directory of the RocksDB store (created if missing)");
  app.add_option("--backup-dir", flags.backup_dir,
                 "Directory AdminService.CreateBackup writes backups to (default: <data-dir>-backups)");
  app.add_option("--listen", flags.listen, "Address to serve on; port 0 picks a free port");
  app.add_option("--port-file", flags.port_file, "Write the port here once serving");
  app.add_flag("--demo", flags.demo, "Load the demo region when the store is empty");
  app.add_flag("--reflection", flags.reflection, "Serve gRPC server reflection");
  app.add_option("--threads", flags.threads, "Worker threads for store transactions")->check(CLI::Range(1, 256));
  app.add_option("--metrics-listen", flags.metrics_listen,
                 "Address of the Prometheus /metrics endpoint; empty turns it off");
  app.add_option("--metrics-port-file", flags.metrics_port_file, "Write the metrics port here once serving");
  app.add_option("--log-level", flags.log_level, "debug, info, warn or error");
  app.add_option("--rules", flags.rules_file,
                 "Rule text with the working-time, pension and competence rules (default: built in)");
  app.add_option("--cascade-tick-seconds", flags.cascade_tick_seconds,
                 "How often running cascades are advanced")->check(CLI::Range(1, 3600));
  app.add_option("--log-format", flags.log_format, "text (key=value) or json");
  app.add_flag("--check-config", flags.check_config, "Check the configuration and flags, then exit");
  app.add_option("--tls-cert", flags.transport.tls_cert_file, "TLS: the server certificate (chain), PEM");
  app.add_option("--tls-key", flags.transport.tls_key_file, "TLS: the private key of --tls-cert, PEM");
  app.add_flag("--plaintext-on-loopback", flags.transport.plaintext_on_loopback,
               "Serve without TLS; only when --listen is 127.0.0.1, ::1 or localhost");
  app.add_option("--max-request-bytes", flags.transport.max_request_bytes,
                 "Largest request accepted; larger ones get RESOURCE_EXHAUSTED")->capture_default_str();
  app.add_option("--admin-password-file", flags.admin_password_file,
                 "When the store has no account: create the administrator \"admin\" with the password in this file");
  app.add_option("--audit-retention-days", flags.audit_retention_days,
                 "Audit records older than this are deleted")->check(CLI::Range(1, 36500))->capture_default_str();
  app.add_option("--session-hours", flags.session_hours, "How long a login lasts")
      ->check(CLI::Range(1, 24 * 30))->capture_default_str();
  app.set_config("--config", "", "Read options from this file (key = value, as the long flags)");
  app.allow_config_extras(CLI::config_extras_mode::error);  // a misspelt key is an error
  CLI11_PARSE(app, argc, argv);
  if (absl::Status s = vaktbro::ops::InitLogging(flags.log_level, flags.log_format); !s.ok()) {
    std::fprintf(stderr, "vaktbro-server: %s\n", std::string(s.message()).c_str());
    return 2;
  }
  if (flags.data_dir.empty()) return Fail("data-dir: must not be empty");
  if (flags.backup_dir.empty()) flags.backup_dir = vaktbro::domain::DefaultBackupDir(flags.data_dir);
  if (flags.listen.find(':') == std::string::npos) return Fail("listen: must be host:port, got " + flags.listen);
  flags.transport.listen = flags.listen;
  if (absl::Status s = vaktbro::ops::ValidateTransport(flags.transport); !s.ok()) return Fail(std::string(s.message()));
  if (!flags.metrics_listen.empty() && flags.metrics_listen.find(':') == std::string::npos) {
    return Fail("metrics-listen: must be host:port or empty, got " + flags.metrics_listen);
  }
  vaktbro::rules::RuleBook rule_book = vaktbro::rules::DefaultRuleBook();
  if (!flags.rules_file.empty()) {
    std::ifstream in(flags.rules_file);
    if (!in) return Fail("rules: cannot read " + flags.rules_file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto parsed = vaktbro::rules::ParseRuleBook(text);
    if (!parsed.ok()) return Fail("rules: " + std::string(parsed.status().message()));
    rule_book = *std::move(parsed);
  }
  if (flags.check_config) {
    std::printf("vaktbro-server: configuration is valid (data-dir %s, listen %s, metrics %s)\n",
                flags.data_dir.c_str(), flags.listen.c_str(),
                flags.metrics_listen.empty() ? "off" : flags.metrics_listen.c_str());
    return 0;
  }

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
  vaktbro::domain::ShiftBook book(store->get(), &clock, &hub, &rule_book);
  // The matching engine's view of the region, kept current by every commit.
  vaktbro::matching::Region region(store->get(), [&clock] { return clock.Now().seconds(); });
  (*store)->SetCommitObserver(&region);
  if (absl::Status s = region.Load(); !s.ok()) return Fail("loading the region: " + std::string(s.message()));
  vaktbro::matching::Matching matching(store->get(), &clock, &region, &rule_book, &book);
  matching.StartCascadeTimer(std::chrono::seconds(flags.cascade_tick_seconds));
  // Accounts, the audit trail (every commit from here on gets its record) and
  // the gate every call passes.
  if (absl::Status s = vaktbro::auth::InitCrypto(); !s.ok()) return Fail(std::string(s.message()));
  vaktbro::auth::AuditTrail audit(store->get(), &clock);
  (*store)->SetAuditHook(&audit);
  vaktbro::auth::AccountsOptions account_options;
  account_options.session_lifetime = absl::Hours(flags.session_hours);
  vaktbro::auth::Accounts accounts(store->get(), &clock, account_options);
  if (!flags.admin_password_file.empty()) {
    std::ifstream in(flags.admin_password_file);
    std::string password;
    if (!in || !std::getline(in, password)) return Fail("admin-password-file: cannot read " + flags.admin_password_file);
    auto existing = (*store)->Begin()->ListAccountRecords("", 1);
    if (!existing.ok()) return Fail(std::string(existing.status().message()));
    if (existing->empty()) {
      absl::Status s = accounts.EnsureAccounts(
          {{"admin", password, vaktbro::v1::ADMINISTRATOR, "", "", "Administrator"}});
      if (!s.ok()) return Fail("admin-password-file: " + std::string(s.message()));
    }
  }
  if (flags.demo) {
    const std::vector<vaktbro::auth::Login> logins = DemoLogins(**store);
    if (absl::Status s = accounts.EnsureAccounts(logins); !s.ok()) return Fail("demo accounts: " + std::string(s.message()));
    for (const vaktbro::auth::Login& l : logins) {
      std::printf("demo login: %-20s password %-26s (%s)\n", l.login.c_str(), l.password.c_str(),
                  vaktbro::v1::Role_Name(l.role).c_str());
    }
    std::fflush(stdout);
  }
  vaktbro::auth::Gate gate(store->get(), &accounts, &audit, &vaktbro::auth::PolicyTable::Default());
  Sweeper sweeper(&audit, &accounts, absl::Hours(24) * flags.audit_retention_days);
  auto executor = std::make_unique<vaktbro::rpc::Executor>(flags.threads, &gate);
  vaktbro::rpc::AuthService auth_service(&accounts, executor.get());
  vaktbro::rpc::AccountService account_service(&accounts, executor.get());
  vaktbro::rpc::AuditService audit_service(&audit, executor.get());
  vaktbro::rpc::DirectoryService directory_service(&directory, executor.get());
  vaktbro::rpc::ShiftService shift_service(&book, &hub, executor.get());
  vaktbro::domain::Backups backups(store->get(), flags.backup_dir);
  vaktbro::rpc::AdminService admin_service(&backups, executor.get());
  vaktbro::domain::AgencyRegister agency(store->get(), &clock);
  vaktbro::rpc::AgencyService agency_service(&agency, executor.get());
  vaktbro::domain::AgreementBook agreements(store->get(), &clock);
  vaktbro::rpc::AgreementService agreement_service(&agreements, executor.get());
  vaktbro::rpc::MatchingService matching_service(&matching, executor.get());

  vaktbro::ops::Metrics metrics;
  grpc::EnableDefaultHealthCheckService(true);
  if (flags.reflection) grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  int port = 0;
  if (absl::Status s = vaktbro::ops::ConfigureTransport(flags.transport, builder, &port); !s.ok()) {
    return Fail(std::string(s.message()));
  }
  builder.RegisterService(&directory_service);
  builder.RegisterService(&shift_service);
  builder.RegisterService(&admin_service);
  builder.RegisterService(&agency_service);
  builder.RegisterService(&agreement_service);
  builder.RegisterService(&matching_service);
  builder.RegisterService(&auth_service);
  builder.RegisterService(&account_service);
  builder.RegisterService(&audit_service);
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> interceptors;
  interceptors.push_back(vaktbro::ops::MakeMetricsInterceptorFactory(&metrics));
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port == 0) return Fail("cannot listen on " + flags.listen);
  std::unique_ptr<vaktbro::ops::MetricsHttpServer> metrics_http;
  if (!flags.metrics_listen.empty()) {
    auto started = vaktbro::ops::MetricsHttpServer::Start(flags.metrics_listen, [&] {
      return metrics.Render({{"vaktbro_store_size_bytes", "Bytes of the store's files on disk.",
                              DirectoryBytes(flags.data_dir)},
                             {"vaktbro_watch_streams", "Open WatchShifts streams.",
                              static_cast<double>(hub.subscriber_count())}});
    });
    if (!started.ok()) return Fail(std::string(started.status().message()));
    metrics_http = *std::move(started);
    if (!flags.metrics_port_file.empty() && !WritePortFile(flags.metrics_port_file, metrics_http->port())) {
      return Fail("cannot write the metrics port file " + flags.metrics_port_file);
    }
  }
  // Last, so that whoever waits for the port file finds everything up.
  if (!flags.port_file.empty() && !WritePortFile(flags.port_file, port)) {
    return Fail("cannot write the port file " + flags.port_file);
  }
  vaktbro::ops::Log(vaktbro::ops::LogLevel::kInfo, "serving",
                    {{"port", std::to_string(port)},
                     {"store", flags.data_dir},
                     {"schema", std::to_string((*store)->schema_version())},
                     {"metrics_port", metrics_http ? std::to_string(metrics_http->port()) : "off"}});
  sd_notify(0, "READY=1");
  // NOT_SERVING while the store cannot write, so that a load balancer or
  // monitor takes the server out; SERVING again once a write succeeds.
  vaktbro::ops::HealthMonitor health(
      [&store] { return (*store)->WriteHealth(); },
      [&server](const absl::Status& status) {
        server->GetHealthCheckService()->SetServingStatus(status.ok());
        vaktbro::ops::Log(status.ok() ? vaktbro::ops::LogLevel::kInfo : vaktbro::ops::LogLevel::kError,
                          status.ok() ? "store_writable" : "store_read_only",
                          {{"status", std::string(status.message())}});
      },
      std::chrono::milliseconds(500));

  int signal_number = 0;
  sigwait(&signals, &signal_number);
  sd_notify(0, "STOPPING=1");
  vaktbro::ops::Log(vaktbro::ops::LogLevel::kInfo, "stopping", {{"signal", std::to_string(signal_number)}});
  // civetweb takes a second or two to stop its threads: let it do so while
  // in-flight calls get a moment to finish (watch streams are cancelled).
  std::thread stop_metrics([&metrics_http] { metrics_http.reset(); });
  server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
  executor.reset();  // runs what is queued, then joins
  stop_metrics.join();
  (*store)->SetCommitObserver(nullptr);  // the region goes before the store
  (*store)->SetAuditHook(nullptr);
  vaktbro::ops::Log(vaktbro::ops::LogLevel::kInfo, "stopped");
  return 0;
}
