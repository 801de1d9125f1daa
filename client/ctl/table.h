// A plain-text table for the terminal: columns padded to their widest cell,
// counted in characters rather than bytes so that æ, ø and å line up.
#ifndef VAKTBRO_CLIENT_CTL_TABLE_H_
#define VAKTBRO_CLIENT_CTL_TABLE_H_

#include <ostream>
#include <string>
#include <vector>

namespace vaktbro::ctl {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header)
      : header_(std::move(header)) {}

  // REQUIRES: as many cells as the header has columns.
  void AddRow(std::vector<std::string> cells) {
    rows_.push_back(std::move(cells));
  }
  size_t size() const { return rows_.size(); }

  // The header, then every row; two spaces between columns, no trailing
  // spaces.
  void Print(std::ostream& out) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// The number of characters (UTF-8 code points) in `text`.
size_t DisplayWidth(const std::string& text);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_TABLE_H_
