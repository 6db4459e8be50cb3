// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "whydenied/facts.h"
#include "whydenied/finding.h"

namespace wd {
Finding unexplainedDenial(const Facts& f);
}
