// The main window: the open-shift board, menus and status bar, and the
// connection to the exchange.
//
// Network work never runs on the GUI thread: listings and posts go through
// Background (one worker thread, results back with CallAfter), and the
// live updates come from a client::ShiftWatcher whose callbacks also hop
// to the GUI thread with CallAfter. Every connection has a generation
// number; answers that arrive for an older connection are ignored.
#ifndef VAKTBRO_CLIENT_GUI_MAIN_FRAME_H_
#define VAKTBRO_CLIENT_GUI_MAIN_FRAME_H_

#include <wx/frame.h>

#include <functional>
#include <memory>

#include "background.h"
#include "board_panel.h"
#include "exchange_client.h"
#include "shift_watcher.h"

namespace vaktbro::gui {

class MainFrame : public wxFrame {
 public:
  // Connects to `server_address` ("host:port") at once.
  explicit MainFrame(const wxString& server_address);
  ~MainFrame() override;

  // Called once, the first time the board shows a listing with the
  // directory's names in it (for --screenshot).
  void set_on_board_ready(std::function<void()> on_board_ready) {
    on_board_ready_ = std::move(on_board_ready);
  }
  size_t board_rows() const { return board_->row_count(); }

 private:
  void MakeMenus();
  // Drops the current connection and opens one to `address`.
  void Connect(const wxString& address);
  void LoadDirectory();
  void ReloadBoard();
  void OnWatchState(client::ShiftWatcher::State state,
                    const absl::Status& status);
  void OnPostShift();
  void OnSettings();
  void OnAbout();
  void ShowProblem(const wxString& what, const absl::Status& status);
  void CheckBoardReady();

  // Runs `done` with the result of `work(client)` on the GUI thread, unless
  // the connection changed in between.
  template <typename Result>
  void Call(std::function<Result(const client::ExchangeClient&)> work,
            std::function<void(Result)> done) {
    std::shared_ptr<const client::ExchangeClient> client = client_;
    const uint64_t generation = generation_;
    background_.Run<Result>(
        [client, work = std::move(work)] { return work(*client); },
        [this, generation, done = std::move(done)](Result result) {
          if (generation == generation_) done(std::move(result));
        });
  }

  BoardPanel* board_ = nullptr;
  wxString address_;
  uint64_t generation_ = 0;
  std::shared_ptr<const client::ExchangeClient> client_;
  client::Directory directory_;
  bool directory_loaded_ = false;
  std::function<void()> on_board_ready_;
  // Declared last: destroyed first, so no callback outlives the members.
  Background background_{this};
  std::unique_ptr<client::ShiftWatcher> watcher_;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_MAIN_FRAME_H_
