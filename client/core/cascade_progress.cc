#include "cascade_progress.h"

#include "absl/strings/str_cat.h"

namespace vaktbro::client {

CascadeProgress DescribeCascade(const v1::Cascade& cascade,
                                const CascadeTextOptions& options) {
  const Translate& tr = options.translate;
  CascadeProgress progress;
  progress.running = cascade.state() == v1::Cascade::RUNNING;
  const auto& steps = cascade.policy().steps();
  for (int i = 0; i < steps.size(); ++i) {
    CascadeStage stage;
    stage.label = tr(TierLabel(steps[i].tier()));
    if (steps[i].tier() != v1::AGENCY && steps[i].minutes() > 0) {
      absl::StrAppend(&stage.label, " (", steps[i].minutes(), " min)");
    }
    if (i < cascade.step_index()) {
      stage.status = CascadeStage::Status::kDone;
    } else if (i == cascade.step_index()) {
      stage.status = progress.running ? CascadeStage::Status::kCurrent
                                      : CascadeStage::Status::kDone;
    }
    if (!progress.running && i > cascade.step_index()) {
      stage.status = CascadeStage::Status::kWaiting;
    }
    progress.stages.push_back(std::move(stage));
  }
  progress.headline = tr(CascadeStateLabel(cascade.state()));
  if (progress.running) {
    absl::StrAppend(&progress.headline, ": ", tr(TierLabel(cascade.tier())));
    if (cascade.has_next_step_time()) {
      absl::StrAppend(
          &progress.headline, ", ", tr(VAKTBRO_N_("next tier at")), " ",
          absl::FormatTime("%H:%M", FromTimestamp(cascade.next_step_time()),
                           options.zone));
    }
  }
  for (const v1::Cascade::Step& step : cascade.log()) {
    std::string line = absl::StrCat(
        absl::FormatTime("%d.%m %H:%M", FromTimestamp(step.time()),
                         options.zone),
        "  ", tr(TierLabel(step.tier())), "  ",
        tr(CascadeEventLabel(step.event())));
    if (!step.person().empty()) {
      absl::StrAppend(&line, "  ",
                      options.person_name ? options.person_name(step.person())
                                          : step.person());
    }
    if (!step.note().empty()) absl::StrAppend(&line, "  ", step.note());
    progress.log.push_back(std::move(line));
  }
  return progress;
}

}  // namespace vaktbro::client
