#include "flow_start.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <vector>

namespace vaktbro::roster {
namespace {

using Graph = lemon::SmartDigraph;
using Simplex = lemon::NetworkSimplex<Graph, int64_t, int64_t>;

// The most working days in `days` under a maximum run of `max_run` and runs
// of at least `min_off` days off between them.
int RunBound(int days, int max_run, int min_off) {
  if (max_run >= days) return days;
  const int period = max_run + std::max(1, min_off);
  return days / period * max_run + std::min(max_run, days % period);
}

// The days that must stay off because at most `max_weekends` may be worked.
int WeekendDaysOff(int days, int max_weekends) {
  std::vector<int> sizes;  // days of each weekend inside the horizon
  for (int sat = 5; sat < days; sat += 7)
    sizes.push_back(sat + 1 < days ? 2 : 1);
  std::sort(sizes.begin(), sizes.end());
  int off = 0;
  for (int i = 0; i + max_weekends < static_cast<int>(sizes.size()); ++i)
    off += sizes[i];
  return off;
}

// Costs are scaled by `scale` (more than the number of cells) so that a
// cost of 1 on each cell arc breaks ties towards fewer assignments without
// changing which flow is optimal: otherwise free cells (slots nobody wants,
// without an over weight) would be staffed at random.
struct Network {
  explicit Network(int64_t scale) : scale(scale) {}

  Graph::Arc Add(Graph::Node from, Graph::Node to, int64_t capacity,
                 int64_t arc_cost) {
    const Graph::Arc a = graph.addArc(from, to);
    upper[a] = capacity;
    cost[a] = arc_cost * scale;
    original_cost[a] = arc_cost;
    return a;
  }
  Graph::Arc AddCell(Graph::Node from, Graph::Node to, int64_t arc_cost) {
    const Graph::Arc a = Add(from, to, 1, arc_cost);
    cost[a] += 1;
    return a;
  }

  const int64_t scale;
  Graph graph;
  Graph::ArcMap<int64_t> upper{graph};
  Graph::ArcMap<int64_t> cost{graph};
  Graph::ArcMap<int64_t> original_cost{graph};
};

}  // namespace

int MaxShiftsBound(const Tables& t, int worker) {
  const Worker& w = t.model.workers[worker];
  int available = 0;
  int shortest = kNoLimit;
  std::vector<int> type_days(t.types, 0);
  for (int d = 0; d < t.days; ++d) {
    bool any = false;
    for (const CellInfo& c : t.CellsOf(worker, d)) {
      if (!c.allowed) continue;
      any = true;
      ++type_days[c.type];
      shortest = std::min(shortest, t.minutes[t.Slot(d, c.type)]);
    }
    available += any;
  }
  int bound = available;
  if (shortest > 0 && shortest != kNoLimit)
    bound = std::min(bound, w.max_total_minutes / shortest);
  int64_t by_type = 0;
  for (int type = 0; type < t.types; ++type) {
    by_type +=
        std::min(type_days[type],
                 t.max_per_type[static_cast<size_t>(worker) * t.types + type]);
  }
  bound = static_cast<int>(std::min<int64_t>(bound, by_type));
  bound = std::min(bound, RunBound(t.days, w.max_consecutive_days,
                                   w.min_consecutive_days_off));
  if (w.max_weekends != kNoLimit)
    bound = std::min(bound, t.days - WeekendDaysOff(t.days, w.max_weekends));
  return std::max(bound, 0);
}

absl::StatusOr<FlowStart> SolveFlowStart(const Tables& t) {
  Network net(static_cast<int64_t>(t.workers) * t.days + 1);
  const Graph::Node source = net.graph.addNode();
  const Graph::Node sink = net.graph.addNode();
  std::vector<Graph::Node> slot_nodes(static_cast<size_t>(t.days) * t.types);
  for (Graph::Node& n : slot_nodes) n = net.graph.addNode();

  int64_t bonus = 1;
  for (size_t s = 0; s < slot_nodes.size(); ++s)
    bonus = std::max(bonus, t.over_weight[s] + 1);
  bonus = std::max(bonus, t.max_abs_cell_cost + 1);

  struct CellArc {
    Graph::Arc arc;
    int worker, day, type;
  };
  std::vector<CellArc> cell_arcs;
  int64_t total_supply = 0;
  for (int w = 0; w < t.workers; ++w) {
    const Worker& worker = t.model.workers[w];
    const int cap = MaxShiftsBound(t, w);
    if (cap == 0) continue;
    int longest = 0;
    const Graph::Node wn = net.graph.addNode();
    for (int d = 0; d < t.days; ++d) {
      Graph::Node dn = lemon::INVALID;
      for (const CellInfo& c : t.CellsOf(w, d)) {
        if (!c.allowed) continue;
        if (dn == lemon::INVALID) {
          dn = net.graph.addNode();
          net.Add(wn, dn, 1, 0);
        }
        longest = std::max(longest, t.minutes[t.Slot(d, c.type)]);
        cell_arcs.push_back(
            {net.AddCell(dn, slot_nodes[t.Slot(d, c.type)], c.cost), w, d,
             c.type});
      }
    }
    const int needed =
        longest > 0
            ? std::min(cap, (worker.min_total_minutes + longest - 1) / longest)
            : 0;
    if (needed > 0) net.Add(source, wn, needed, -bonus);
    net.Add(source, wn, cap - needed, 0);
    total_supply += cap;
  }
  for (int d = 0; d < t.days; ++d) {
    for (int type = 0; type < t.types; ++type) {
      const size_t s = t.Slot(d, type);
      const int64_t ceiling = std::min<int64_t>(t.hard_max[s], t.workers);
      const int64_t wanted = std::min<int64_t>(t.required[s], ceiling);
      if (wanted > 0) net.Add(slot_nodes[s], sink, wanted, -t.under_weight[s]);
      if (ceiling > wanted)
        net.Add(slot_nodes[s], sink, ceiling - wanted, t.over_weight[s]);
    }
  }
  net.Add(source, sink, total_supply, 0);

  Simplex simplex(net.graph);
  simplex.upperMap(net.upper).costMap(net.cost).stSupply(source, sink,
                                                         total_supply);
  if (simplex.run() != Simplex::OPTIMAL) {
    return absl::InternalError("flow start: the min-cost flow is not optimal");
  }
  FlowStart result{Roster(t.workers, t.days), 0};
  for (Graph::ArcIt a(net.graph); a != lemon::INVALID; ++a) {
    result.flow_cost += simplex.flow(a) * net.original_cost[a];
  }
  for (const CellArc& c : cell_arcs) {
    if (simplex.flow(c.arc) > 0) result.roster.set(c.worker, c.day, c.type);
  }
  return result;
}

}  // namespace vaktbro::roster
