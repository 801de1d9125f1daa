#include "ctl_runner.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace vaktbro::ctl {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string* CtlFixture::ctl_ = nullptr;
std::string* CtlFixture::start_error_ = nullptr;
vaktbro::testing::ServerProcess* CtlFixture::server_ = nullptr;

void CtlFixture::SetUpTestSuite() {
  const char* ctl = getenv("VAKTBRO_CTL_BINARY");
  if (ctl == nullptr || getenv("VAKTBRO_SERVER_BINARY") == nullptr) return;
  ctl_ = new std::string(ctl);
  vaktbro::testing::ServerOptions options;
  options.demo = true;
  auto server = vaktbro::testing::ServerProcess::Start(options);
  if (!server.ok()) {
    start_error_ = new std::string(server.status().ToString());
    return;
  }
  server_ = server->release();
}

void CtlFixture::TearDownTestSuite() {
  delete server_;
  server_ = nullptr;
}

void CtlFixture::SetUp() {
  ASSERT_NE(ctl_, nullptr)
      << "run through ctest: needs vaktbro-server and vaktbroctl";
  ASSERT_EQ(start_error_, nullptr) << *start_error_;
}

CtlRun CtlFixture::Ctl(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {*ctl_, "--server", server_->address()};
  for (const std::string& a : server_->ClientTransportArgs()) argv.push_back(a);
  argv.insert(argv.end(), args.begin(), args.end());
  const std::string out_path = dir_.path() + "/out",
                    err_path = dir_.path() + "/err";
  const pid_t pid = fork();
  if (pid == 0) {
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(out, 1);
    dup2(err, 2);
    setenv("VAKTBRO_TOKEN", server_->admin_token().c_str(), 1);
    std::vector<char*> raw;
    for (std::string& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    execv(raw[0], raw.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(out_path),
          Slurp(err_path)};
}

std::string CtlFixture::Day(int days_from_today) {
  absl::TimeZone oslo;
  if (!absl::LoadTimeZone("Europe/Oslo", &oslo)) {
    oslo = absl::FixedTimeZone(3600);
  }
  return absl::FormatCivilTime(absl::ToCivilDay(absl::Now(), oslo) +
                               days_from_today);
}

}  // namespace vaktbro::ctl
