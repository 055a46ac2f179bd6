#include "interchange/ValueParsers.h"
