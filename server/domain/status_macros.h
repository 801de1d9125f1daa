// The two macros that keep Status checking short. Only .cc files include this.
#ifndef VAKTBRO_SERVER_DOMAIN_STATUS_MACROS_H_
#define VAKTBRO_SERVER_DOMAIN_STATUS_MACROS_H_

#include "absl/status/status.h"

#define VAKTBRO_CONCAT_INNER_(a, b) a##b
#define VAKTBRO_CONCAT_(a, b) VAKTBRO_CONCAT_INNER_(a, b)

// Returns the status of `expr` from the current function when it is not OK.
#define RETURN_IF_ERROR(expr)                          \
  do {                                                 \
    const absl::Status vaktbro_status_ = (expr);       \
    if (!vaktbro_status_.ok()) return vaktbro_status_; \
  } while (0)

// `lhs = *expr` when `expr` (a StatusOr) is OK; returns its status otherwise.
#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL_(VAKTBRO_CONCAT_(vaktbro_statusor_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                           \
  if (!tmp.ok()) return tmp.status();          \
  lhs = std::move(*tmp)

#endif  // VAKTBRO_SERVER_DOMAIN_STATUS_MACROS_H_
