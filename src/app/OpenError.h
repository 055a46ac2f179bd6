// Why a database could not be opened, in the faces' terms: the GUI says what happened
// and what to do for each reason, the CLI prints the message. Workspace translates
// storage's classified failure (storage/DatabaseError.h) into this, so that the faces
// reach storage only through app.
#pragma once

#include "domain/Errors.h"

namespace keystone {

class OpenError : public Error
{
public:
    enum class Reason
    {
        CannotOpen,
        NotADatabase,
        Corrupt,
        Locked,
        ReadOnly,
        TooNew,
        Full,
        Other
    };
    OpenError(Reason reason, const std::string& message) : Error(message), m_reason(reason) {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

} // namespace keystone
