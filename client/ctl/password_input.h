// Reading a password for vaktbroctl: from a file, from the terminal without
// echo, or from standard input when that is not a terminal (a script).
#ifndef VAKTBRO_CLIENT_CTL_PASSWORD_INPUT_H_
#define VAKTBRO_CLIENT_CTL_PASSWORD_INPUT_H_

#include <string>

#include "absl/status/statusor.h"

namespace vaktbro::ctl {

enum class Confirm { kNo, kYes };  // kYes: ask twice on a terminal

// The first line of `file` ("-": standard input) when `file` is not empty;
// else, when standard input is a terminal, what is typed after `prompt`
// (echo off; with Confirm::kYes typed twice and compared); else the first
// line of standard input. Trailing "\r\n" is dropped. An empty password, an
// unreadable file or a mismatch: INVALID_ARGUMENT naming --password-file or
// the prompt.
absl::StatusOr<std::string> ReadPassword(const std::string& file,
                                         const std::string& prompt,
                                         Confirm confirm);

// A line typed on the terminal after `prompt`, with echo; INVALID_ARGUMENT
// when standard input is not a terminal (`what` names the option to use
// instead, e.g. "--user").
absl::StatusOr<std::string> AskLine(const std::string& prompt,
                                    const std::string& what);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_PASSWORD_INPUT_H_
