// The RocksDB tuning of a vaktbro store: modest, for a small server.
#ifndef VAKTBRO_STORAGE_ROCKSDB_OPTIONS_H_
#define VAKTBRO_STORAGE_ROCKSDB_OPTIONS_H_

#include "rocksdb/options.h"
#include "rocksdb/utilities/transaction_db.h"
#include "store.h"

namespace vaktbro::storage {

// Database-wide options: two background jobs, a small info log.
rocksdb::DBOptions MakeDbOptions(const StoreOptions& options);

// Options for every column family of one store; the column families opened
// with (copies of) one result share its 64 MiB block cache. LZ4
// compression when this RocksDB has it (else none), bloom filters for the
// point reads.
rocksdb::ColumnFamilyOptions MakeColumnFamilyOptions();

// Lock waits as StoreOptions::lock_timeout says.
rocksdb::TransactionDBOptions MakeTransactionDbOptions(
    const StoreOptions& options);

// Deadlock detection on; the lock timeout comes from the TransactionDB.
rocksdb::TransactionOptions MakeTransactionOptions();

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_ROCKSDB_OPTIONS_H_
