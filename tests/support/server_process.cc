#include "server_process.h"

#include <signal.h>
#include <stdlib.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "absl/status/status.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/client_interceptor.h"
#include "vaktbro/v1/auth.grpc.pb.h"

namespace vaktbro::testing {

TempDir::TempDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "vaktbro-test-XXXXXX").string();
  char* made = mkdtemp(tmpl.data());
  path_ = made ? made : "";
}

TempDir::~TempDir() {
  std::error_code ignored;
  if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
}

namespace {

// Adds "authorization: Bearer <token>" to every call of a channel.
class TokenInterceptor final : public grpc::experimental::Interceptor {
 public:
  explicit TokenInterceptor(const std::string& token) : token_(token) {}
  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(grpc::experimental::InterceptionHookPoints::PRE_SEND_INITIAL_METADATA)) {
      methods->GetSendInitialMetadata()->insert({"authorization", "Bearer " + token_});
    }
    methods->Proceed();
  }

 private:
  const std::string& token_;
};

class TokenInterceptorFactory final : public grpc::experimental::ClientInterceptorFactoryInterface {
 public:
  explicit TokenInterceptorFactory(std::string token) : token_(std::move(token)) {}
  grpc::experimental::Interceptor* CreateClientInterceptor(grpc::experimental::ClientRpcInfo*) override {
    return new TokenInterceptor(token_);
  }

 private:
  const std::string token_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

std::chrono::system_clock::time_point Deadline(int seconds) {
  return std::chrono::system_clock::now() + std::chrono::seconds(seconds);
}

absl::StatusOr<std::unique_ptr<ServerProcess>> ServerProcess::Start(const ServerOptions& options) {
  const char* binary = getenv("VAKTBRO_SERVER_BINARY");
  if (binary == nullptr || *binary == '\0') {
    return absl::FailedPreconditionError("VAKTBRO_SERVER_BINARY is not set (run the test through ctest)");
  }
  std::unique_ptr<ServerProcess> p(new ServerProcess());
  if (options.data_dir.empty()) {
    p->owned_dir_ = std::make_unique<TempDir>();
    p->data_dir_ = p->owned_dir_->path() + "/store";
  } else {
    p->data_dir_ = options.data_dir;
  }
  TempDir* port_dir = new TempDir();  // freed below
  std::unique_ptr<TempDir> port_dir_owner(port_dir);
  const std::string port_file = port_dir->path() + "/port";
  const std::string metrics_port_file = port_dir->path() + "/metrics-port";

  std::vector<std::string> args = {binary, "--data-dir", p->data_dir_, "--listen", "127.0.0.1:0",
                                   "--port-file", port_file, "--metrics-listen", "127.0.0.1:0",
                                   "--metrics-port-file", metrics_port_file};
  if (options.demo) args.push_back("--demo");
  p->secrets_dir_ = std::make_unique<TempDir>();
  const std::string admin_password_file = p->secrets_dir_->path() + "/admin-password";
  {
    std::ofstream out(admin_password_file);
    out << kAdminPassword << "\n";
  }
  args.insert(args.end(), {"--admin-password-file", admin_password_file});
  if (options.tls_cert_file.empty()) {
    args.push_back("--plaintext-on-loopback");
  } else {
    args.insert(args.end(), {"--tls-cert", options.tls_cert_file, "--tls-key", options.tls_key_file});
    p->tls_ca_file_ = options.tls_ca_file;
  }
  for (const auto& a : options.extra_args) args.push_back(a);

  pid_t pid = fork();
  if (pid < 0) return absl::InternalError("fork failed");
  if (pid == 0) {
    // Dies with the test: a test killed by its timeout or a crash leaves no
    // server behind to eat the CI machine's CPU.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  p->pid_ = pid;

  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < give_up) {
    int wstatus = 0;
    if (waitpid(pid, &wstatus, WNOHANG) == pid) {
      p->pid_ = -1;
      return absl::InternalError("vaktbro-server exited during start-up (status " +
                                 std::to_string(wstatus) + ")");
    }
    std::ifstream in(port_file);
    int port = 0;
    if (in >> port && port > 0) {
      p->address_ = "127.0.0.1:" + std::to_string(port);
      std::ifstream metrics_in(metrics_port_file);  // written before the port file
      metrics_in >> p->metrics_port_;
      absl::StatusOr<std::string> token = p->Login("admin", kAdminPassword);
      if (!token.ok()) return token.status();
      p->admin_token_ = *token;
      return p;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return absl::DeadlineExceededError("vaktbro-server did not start within 30 s");
}

std::shared_ptr<grpc::Channel> ServerProcess::Channel() const { return ChannelFor(admin_token_); }

std::shared_ptr<grpc::Channel> ServerProcess::ChannelFor(const std::string& token) const {
  grpc::ChannelArguments args;
  args.SetInt("grpc.use_local_subchannel_pool", 1);  // a channel of its own
  std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
  if (!tls_ca_file_.empty()) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = ReadFile(tls_ca_file_);
    credentials = grpc::SslCredentials(ssl);
    args.SetSslTargetNameOverride("localhost");
  }
  if (token.empty()) return grpc::CreateCustomChannel(address_, credentials, args);
  std::vector<std::unique_ptr<grpc::experimental::ClientInterceptorFactoryInterface>> interceptors;
  interceptors.push_back(std::make_unique<TokenInterceptorFactory>(token));
  return grpc::experimental::CreateCustomChannelWithInterceptors(address_, credentials, args,
                                                                 std::move(interceptors));
}

absl::StatusOr<std::string> ServerProcess::Login(const std::string& login, const std::string& password) const {
  auto stub = v1::AuthService::NewStub(ChannelFor(""));
  grpc::ClientContext context;
  context.set_deadline(Deadline(30));
  v1::LoginRequest request;
  request.set_login(login);
  request.set_password(password);
  v1::LoginResponse response;
  grpc::Status status = stub->Login(&context, request, &response);
  if (!status.ok()) {
    return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                        "login as " + login + ": " + status.error_message());
  }
  return response.token();
}

std::vector<std::string> ServerProcess::ClientTransportArgs() const {
  if (tls_ca_file_.empty()) return {"--plaintext"};
  return {"--ca", tls_ca_file_};
}

absl::StatusOr<std::string> ServerProcess::FetchMetrics() const {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return absl::InternalError("socket failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(metrics_port_));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return absl::UnavailableError("cannot connect to the metrics port");
  }
  const std::string request = "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  if (write(fd, request.data(), request.size()) != static_cast<ssize_t>(request.size())) {
    close(fd);
    return absl::UnavailableError("cannot send the metrics request");
  }
  std::string response;
  char buf[4096];
  for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) response.append(buf, static_cast<size_t>(n));
  close(fd);
  const size_t body = response.find("\r\n\r\n");
  if (response.rfind("HTTP/1.1 200", 0) != 0 || body == std::string::npos) {
    return absl::UnavailableError("unexpected metrics response: " + response.substr(0, 80));
  }
  return response.substr(body + 4);
}

void ServerProcess::Kill() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

int ServerProcess::Stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int wstatus = 0;
  waitpid(pid_, &wstatus, 0);
  pid_ = -1;
  return wstatus;
}

ServerProcess::~ServerProcess() { Stop(); }

}  // namespace vaktbro::testing
