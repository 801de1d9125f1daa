#include "password_input.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <fstream>
#include <iostream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace vaktbro::ctl {
namespace {

void DropLineEnd(std::string* line) {
  while (!line->empty() && (line->back() == '\n' || line->back() == '\r'))
    line->pop_back();
}

// One line from the controlling terminal after `prompt`; echo off unless
// `echo`. Reads and writes /dev/tty, so that stdout may be redirected.
absl::StatusOr<std::string> TerminalLine(const std::string& prompt, bool echo) {
  const int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (fd < 0) return absl::InvalidArgumentError("no terminal to ask on");
  termios saved{};
  const bool have_termios = tcgetattr(fd, &saved) == 0;
  if (!echo && have_termios) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    tcsetattr(fd, TCSAFLUSH, &quiet);
  }
  (void)!write(fd, prompt.data(), prompt.size());
  std::string line;
  char c = 0;
  while (read(fd, &c, 1) == 1 && c != '\n') line.push_back(c);
  if (!echo && have_termios) tcsetattr(fd, TCSAFLUSH, &saved);
  close(fd);
  DropLineEnd(&line);
  return line;
}

absl::StatusOr<std::string> FileLine(const std::string& file) {
  std::string line;
  if (file == "-") {
    std::getline(std::cin, line);
  } else {
    std::ifstream in(file);
    if (!in)
      return absl::InvalidArgumentError(
          absl::StrCat("--password-file: cannot read ", file));
    std::getline(in, line);
  }
  DropLineEnd(&line);
  return line;
}

}  // namespace

absl::StatusOr<std::string> ReadPassword(const std::string& file,
                                         const std::string& prompt,
                                         Confirm confirm) {
  absl::StatusOr<std::string> password;
  if (!file.empty()) {
    password = FileLine(file);
  } else if (isatty(STDIN_FILENO)) {
    password = TerminalLine(prompt, /*echo=*/false);
    if (password.ok() && confirm == Confirm::kYes) {
      absl::StatusOr<std::string> again =
          TerminalLine("Again: ", /*echo=*/false);
      if (!again.ok()) return again.status();
      if (*again != *password)
        return absl::InvalidArgumentError("password: the two entries differ");
    }
  } else {
    password = FileLine("-");
  }
  if (!password.ok()) return password.status();
  if (password->empty()) {
    return absl::InvalidArgumentError(
        file.empty() ? "password: empty"
                     : absl::StrCat("--password-file: ", file,
                                    " has an empty first line"));
  }
  return password;
}

absl::StatusOr<std::string> AskLine(const std::string& prompt,
                                    const std::string& what) {
  if (!isatty(STDIN_FILENO)) {
    return absl::InvalidArgumentError(
        absl::StrCat(what, ": required when standard input is not a terminal"));
  }
  return TerminalLine(prompt, /*echo=*/true);
}

}  // namespace vaktbro::ctl
