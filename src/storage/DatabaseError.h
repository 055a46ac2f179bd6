// Failures of the database file itself, classified so that the GUI can tell the
// user what happened and what to do (a locked file, a read-only file, a file from a
// newer Keystone, a corrupt or foreign file).
#pragma once

#include "domain/Errors.h"

namespace keystone {

class DatabaseError : public Error
{
public:
    enum class Reason { CannotOpen, NotADatabase, Corrupt, Locked, ReadOnly, TooNew, Full, Other };
    DatabaseError(Reason reason, const std::string& message) : Error(message), m_reason(reason) {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

} // namespace keystone
