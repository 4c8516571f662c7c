#ifndef CHATTUI_FLOOR_SQLITE_SHIM_H
#define CHATTUI_FLOOR_SQLITE_SHIM_H

// The floor links the system SQLite as GRDB's GRDBSQLite target does; that target is not a
// product, so the floor, built outside the package, brings its own module map.
#include <sqlite3.h>

#endif
