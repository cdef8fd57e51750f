#!/usr/bin/env bash
# Regenerates encrypted.pdf: a one-page PDF protected by a user password. The plain PDF is
# written by hand below (so the script needs nothing but qpdf: apt-get install qpdf) and then
# encrypted with AES-256. Run from this folder: bash make-encrypted-pdf.sh
set -euo pipefail
cd "$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
content='BT /F1 18 Tf 72 720 Td (Password protected article) Tj ET'
{
  printf '%%PDF-1.4\n'
  printf '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
  printf '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'
  printf '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n'
  printf '4 0 obj << /Length %d >> stream\n%s\nendstream endobj\n' "${#content}" "$content"
  printf '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n'
  printf 'trailer << /Size 6 /Root 1 0 R >>\n%%%%EOF\n'
} > "$tmp/plain.pdf"
# qpdf repairs the missing cross-reference table while it rewrites the file.
qpdf --object-streams=disable --encrypt article-password owner-password 256 -- "$tmp/plain.pdf" encrypted.pdf || [ $? -eq 3 ]
ls -l encrypted.pdf
