import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
await page.setContent(`<style>@media print{div{print-color-adjust:exact}}</style>
<div id=a style="position:relative;width:300px;height:200px;background:rgb(205,223,232)"><canvas id=c style="position:absolute;left:0;top:0"></canvas></div>
<div id=a2 style="position:relative;width:300px;height:200px;background:rgb(205,223,232)"><canvas id=d style="position:absolute;left:0;top:0"></canvas></div>
<script>
function go(id, text){const c=document.getElementById(id);c.width=300;c.height=200;const x=c.getContext('2d');x.setTransform(1,0,0,1,0,0);
if(text){x.font='12px sans-serif';x.strokeStyle='rgba(255,255,255,0.85)';x.lineWidth=3;x.strokeText('Hello',50,50);x.fillStyle='#222';x.fillText('Hello',50,50);}
else {x.fillStyle='#222';x.fillRect(50,50,20,20);}}
go('c', true); go('d', false);
</script>`);
writeFileSync('/tmp/hp/t.pdf', await page.pdf({ format: 'A4' }));
await browser.close();
