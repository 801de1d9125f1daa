// Where vaktbroctl and the desktop client keep what a login gave them: one
// session token per server, in a file only the user can read.
//
// The file ($XDG_CONFIG_HOME/vaktbro/session, else ~/.config/vaktbro/session)
// has one line per server, "<address> <token>", so that a token is never
// sent to a server other than the one that issued it. The environment
// variable VAKTBRO_TOKEN, when set, is the token for every server and the
// file is not read.
//
// Thread-compatible; two processes that save at the same time may lose
// one of the two logins (each write replaces the file atomically).
#ifndef VAKTBRO_CLIENT_CORE_SESSION_STORE_H_
#define VAKTBRO_CLIENT_CORE_SESSION_STORE_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace vaktbro::client {

// $XDG_CONFIG_HOME/vaktbro (or ~/.config/vaktbro); "" when neither
// XDG_CONFIG_HOME nor HOME is set.
std::string ConfigDir();

// $VAKTBRO_CA when set, else ConfigDir()/ca.pem when that file exists,
// else "" (the system's trusted roots).
std::string DefaultCaFile();

class SessionStore {
 public:
  // `file`: empty means ConfigDir()/session.
  explicit SessionStore(std::string file = "");

  const std::string& file() const { return file_; }

  // The token for `server`: $VAKTBRO_TOKEN when set, else the file's line
  // for `server`; "" when there is none (no file is not an error). An
  // unreadable file: PERMISSION_DENIED or INTERNAL naming it.
  absl::StatusOr<std::string> Load(absl::string_view server) const;

  // Records `token` for `server`, replacing an earlier one. Creates the
  // directory (0700) and writes the file (0600) atomically.
  // INVALID_ARGUMENT when the token or server is empty or has white space.
  absl::Status Save(absl::string_view server, absl::string_view token) const;

  // Forgets the token of `server`; OK when there was none.
  absl::Status Forget(absl::string_view server) const;

 private:
  // The file's lines other than `server`'s.
  absl::StatusOr<std::string> OtherLines(absl::string_view server) const;
  absl::Status Write(const std::string& content) const;

  std::string file_;
};

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_SESSION_STORE_H_
