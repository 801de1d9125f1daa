#include "session_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace vaktbro::client {
namespace {

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? "" : value;
}

bool HasSpace(absl::string_view text) {
  for (char c : text) {
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

absl::Status ErrnoStatus(absl::string_view what, const std::string& file) {
  const int error = errno;
  const std::string message =
      absl::StrCat("cannot ", what, " ", file, ": ", std::strerror(error));
  return error == EACCES || error == EPERM
             ? absl::PermissionDeniedError(message)
             : absl::InternalError(message);
}

}  // namespace

std::string ConfigDir() {
  std::string base = Env("XDG_CONFIG_HOME");
  if (base.empty()) {
    const std::string home = Env("HOME");
    if (home.empty()) return "";
    base = home + "/.config";
  }
  return base + "/vaktbro";
}

std::string DefaultCaFile() {
  if (std::string ca = Env("VAKTBRO_CA"); !ca.empty()) return ca;
  const std::string dir = ConfigDir();
  if (dir.empty()) return "";
  std::error_code ignored;
  const std::string ca = dir + "/ca.pem";
  return std::filesystem::exists(ca, ignored) ? ca : "";
}

SessionStore::SessionStore(std::string file) : file_(std::move(file)) {
  if (file_.empty()) {
    const std::string dir = ConfigDir();
    file_ = dir.empty() ? ".vaktbro-session" : dir + "/session";
  }
}

absl::StatusOr<std::string> SessionStore::Load(absl::string_view server) const {
  if (std::string token = Env("VAKTBRO_TOKEN"); !token.empty()) return token;
  std::ifstream in(file_);
  if (!in) {
    if (errno == ENOENT) return std::string();
    return ErrnoStatus("read", file_);
  }
  for (std::string line; std::getline(in, line);) {
    std::pair<absl::string_view, absl::string_view> parts =
        absl::StrSplit(line, absl::MaxSplits(' ', 1));
    if (parts.first == server)
      return std::string(absl::StripAsciiWhitespace(parts.second));
  }
  return std::string();
}

absl::StatusOr<std::string> SessionStore::OtherLines(
    absl::string_view server) const {
  std::ifstream in(file_);
  if (!in) {
    if (errno == ENOENT) return std::string();
    return ErrnoStatus("read", file_);
  }
  std::string kept;
  for (std::string line; std::getline(in, line);) {
    std::pair<absl::string_view, absl::string_view> parts =
        absl::StrSplit(line, absl::MaxSplits(' ', 1));
    if (!line.empty() && parts.first != server)
      absl::StrAppend(&kept, line, "\n");
  }
  return kept;
}

absl::Status SessionStore::Save(absl::string_view server,
                                absl::string_view token) const {
  if (server.empty() || HasSpace(server)) {
    return absl::InvalidArgumentError(
        "server: must be an address without spaces");
  }
  if (token.empty() || HasSpace(token)) {
    return absl::InvalidArgumentError("token: must be a non-empty word");
  }
  absl::StatusOr<std::string> others = OtherLines(server);
  if (!others.ok()) return others.status();
  return Write(absl::StrCat(*others, server, " ", token, "\n"));
}

absl::Status SessionStore::Forget(absl::string_view server) const {
  absl::StatusOr<std::string> others = OtherLines(server);
  if (!others.ok()) return others.status();
  if (others->empty()) {
    if (unlink(file_.c_str()) != 0 && errno != ENOENT)
      return ErrnoStatus("remove", file_);
    return absl::OkStatus();
  }
  return Write(*others);
}

absl::Status SessionStore::Write(const std::string& content) const {
  const std::filesystem::path dir = std::filesystem::path(file_).parent_path();
  std::error_code ec;
  if (!dir.empty() && !std::filesystem::exists(dir, ec)) {
    std::filesystem::create_directories(dir, ec);
    if (ec)
      return absl::InternalError(
          absl::StrCat("cannot create ", dir.string(), ": ", ec.message()));
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
  }
  const std::string tmp = absl::StrCat(file_, ".tmp", getpid());
  const int fd =
      open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return ErrnoStatus("write", tmp);
  fchmod(fd, 0600);  // a stale tmp file may have had other bits
  const bool written = write(fd, content.data(), content.size()) ==
                           static_cast<ssize_t>(content.size()) &&
                       fsync(fd) == 0;
  const int write_errno = errno;
  close(fd);
  if (!written || rename(tmp.c_str(), file_.c_str()) != 0) {
    if (!written) errno = write_errno;
    absl::Status failed = ErrnoStatus("write", file_);
    unlink(tmp.c_str());
    return failed;
  }
  return absl::OkStatus();
}

}  // namespace vaktbro::client
