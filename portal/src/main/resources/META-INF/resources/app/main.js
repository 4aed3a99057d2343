import './stepwise-app.js';
