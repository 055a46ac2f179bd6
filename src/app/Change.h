// A record before and after one write, returned by the editing use cases so that a
// face can undo it (write `before` back through the same call) and redo it (write
// `after`). Writing a whole record back restores every field, so other fields edited
// meanwhile by the same write are undone too: that is what Edit > Undo means.
#pragma once

namespace keystone {

template <typename T> struct Change
{
    T before;
    T after;
    bool changed() const { return !(before == after); }
};

} // namespace keystone
