#!/usr/bin/env bash
# Installs what the analyst's pipeline needs: Debian's pandas, matplotlib and reportlab (run as root).
set -euo pipefail
if /usr/bin/python3 -c 'import pandas, matplotlib, reportlab' 2>/dev/null; then exit 0; fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas python3-matplotlib python3-reportlab >/dev/null
